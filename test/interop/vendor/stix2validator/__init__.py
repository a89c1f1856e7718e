# Expose certain functions and classes to the stix2validator namespace
# flake8: noqa

import sys

from .errors import NoJSONFileFoundError, ValidationError
from .output import print_results
from .util import ValidationOptions, parse_args
from .validator import (run_validation, validate, validate_file,
                        validate_instance, validate_parsed_json,
                        validate_string)
from .version import __version__
