"""Every exception the package raises on purpose, in one place.

A document that cannot be read is not an exception for the caller: `extract_document` turns
UnreadableDocument into an `unreadable_document` finding, and the command line turns UsageError and
LoadError into a message and an exit status.
"""
from __future__ import annotations


class PipelineError(Exception):
    """The base of the package's own errors."""


class UnreadableDocument(PipelineError):
    """The file is not a readable document of its claimed format; the message says why."""


class UsageError(PipelineError):
    """Bad command-line input (exit status 2)."""


class LoadError(PipelineError):
    """The database refused the load (exit status 1); nothing was changed."""


class MappingError(UsageError):
    """A series mapping file that cannot be read (exit status 2); the message names the file, the line and why."""
