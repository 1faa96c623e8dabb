"""The user's config file: key remapping by binding id, and a default theme.

```toml
theme = "textual-light"

[keys]
"quote.next" = "right_square_bracket,n"
"app.quit" = "ctrl+q"
```

A missing default file means no settings; anything wrong in a file gives one `ConfigError`
line naming the file and the problem, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from tui.resources import user_dir


class ConfigError(Exception):
    """A config file that cannot be used, with a message fit for the user."""


@dataclass(frozen=True, slots=True)
class Config:
    keymap: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    path: Path | None = None


def default_config_path() -> Path:
    """`$XDG_CONFIG_HOME/newsreader/config.toml`, else the platform's usual place."""
    return user_dir("config") / "config.toml"


def load_config(path: Path | None, binding_ids: Callable[[], Collection[str]]) -> Config:
    """Read `path` (must exist) or the default file (may be missing); `binding_ids` gives the ids
    a `[keys]` table may name (asked only when there is one)."""
    explicit = path is not None
    path = path if path is not None else default_config_path()
    if not explicit and not path.exists():
        return Config()
    import tomllib  # only with a file to read: start-up without one stays lighter

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        if explicit:
            raise ConfigError(f"config file not found: {path}") from None
        return Config()
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(
            f"cannot read config file {path}: {getattr(err, 'strerror', None) or err}"
        ) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"config file {path} is not valid TOML: {err}") from None
    unknown = sorted(set(data) - {"keys", "theme"})
    if unknown:
        raise ConfigError(
            f"config file {path}: unknown setting {', '.join(unknown)} (known: keys, theme)"
        )
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        raise ConfigError(
            f'config file {path}: theme must be a string, like theme = "textual-light"'
        )
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        raise ConfigError(f'config file {path}: [keys] must be a table of binding_id = "key"')
    keymap = {}
    known = binding_ids() if keys else ()
    for binding_id, key in keys.items():
        if binding_id not in known:
            raise ConfigError(
                f"config file {path}: unknown binding id {binding_id!r} in [keys] "
                f"(known: {', '.join(sorted(known))})"
            )
        if not isinstance(key, str) or not key.strip():
            raise ConfigError(
                f'config file {path}: [keys] {binding_id} must be a key name such as "ctrl+j"'
            )
        keymap[binding_id] = key.replace(" ", "")
    return Config(keymap=keymap, theme=theme, path=path)
