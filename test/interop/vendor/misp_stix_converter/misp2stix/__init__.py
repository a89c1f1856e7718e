from .exceptions import InvalidMISPInputError  # noqa
from .misp_to_stix1 import MISPtoSTIX1AttributesParser, MISPtoSTIX1EventsParser  # noqa
from .misp_to_stix20 import MISPtoSTIX20Parser  # noqa
from .misp_to_stix21 import MISPtoSTIX21Parser  # noqa
from .stix1_mapping import MISPtoSTIX1Mapping  # noqa
from .stix20_mapping import MISPtoSTIX20Mapping  # noqa
from .stix21_mapping import MISPtoSTIX21Mapping  # noqa
