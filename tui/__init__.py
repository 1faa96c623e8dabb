"""newsreader: a terminal reader for news articles that knows who said what, and where."""

__version__ = "0.1.0"
