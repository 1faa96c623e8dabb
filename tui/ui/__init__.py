"""The terminal front end (Textual): it only draws what `tui.core` computed and turns keys into
calls.

`app.create_app` builds it; `render` turns core spans into styled rows (`wrapping` breaks them,
`colours` picks the colours for the terminal's background); one widget per module in
`widgets/`, one screen per module in `screens/`; styles live in `styles/*.tcss`.
"""
