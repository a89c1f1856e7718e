# Update or remove for 2.0.0
from .exceptions import ParseException, ParserErrorListener  # noqa: F401
from .v20.pattern import Pattern  # noqa: F401
