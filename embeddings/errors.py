"""Errors of the vector layer. The layer knows nothing of transcripts or commands: callers turn these into
their own user-facing messages."""


class EmbeddingError(Exception):
    """A model could not be loaded, exported or run."""


class VectorStoreError(Exception):
    """A vector file or approximate index is missing, truncated or unreadable."""
