"""Failures caused by the input or the environment, as opposed to bugs.

Each carries a one-line, human-readable reason; callers add the file name.
"""


class ReaderError(Exception):
    """Base of every failure we expect and report to the user as a message."""


class PageError(ReaderError):
    """A saved page cannot be read: empty, not a page, truncated, too large..."""


class NoArticleError(PageError):
    """The page was read, but it holds no article text to extract."""
