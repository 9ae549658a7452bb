"""Extract risks, indicators and numeric facts from Kazakh strategic-plan reports."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1"
