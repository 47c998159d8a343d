"""The product's one error type: raised for bad input, with a message that says what is wrong and what to do."""


class TqaError(Exception):
    """A user-facing error. The CLI prints its message on one line and exits 1; the UI shows it in the page."""


class ParseError(TqaError):
    """A file could not be read as a transcript."""


class IndexMismatchError(TqaError):
    """The index folder was built with another model or segmenting settings."""


class QuestionFileError(TqaError):
    """An evaluation question file is malformed."""
