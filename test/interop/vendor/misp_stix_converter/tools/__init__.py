from __future__ import annotations

from .stix1_framing import stix1_attributes_framing, stix1_framing  # noqa
from .stix1_loading_helpers import load_stix1_package  # noqa
from .stix1_to_misp_helpers import get_stix1_parser, is_stix1_from_misp  # noqa
from .stix1_writing_helpers import (  # noqa
    write_campaigns, write_campaigns_footer, write_campaigns_header,
    write_courses_of_action, write_courses_of_action_footer,
    write_courses_of_action_header, write_events,
    write_indicators, write_indicators_footer, write_indicators_header,
    write_observables, write_observables_footer, write_observables_header,
    write_threat_actors, write_threat_actors_footer, write_threat_actors_header,
    write_ttps, write_ttps_footer, write_ttps_header)
from .stix2_framing import stix20_framing, stix21_framing  # noqa
from .stix2_loading_helpers import load_stix2_content, load_stix2_file  # noqa
from .stix2_to_misp_helpers import get_stix2_parser, is_stix2_from_misp  # noqa

__all__ = [
    'get_stix1_parser', 'is_stix1_from_misp', 'load_stix1_package',
    'get_stix2_parser', 'is_stix2_from_misp', 'load_stix2_content', 'load_stix2_file',
    'stix1_attributes_framing', 'stix1_framing',
    'stix20_framing', 'stix21_framing',
    'write_campaigns', 'write_campaigns_footer', 'write_campaigns_header',
    'write_courses_of_action', 'write_courses_of_action_footer',
    'write_courses_of_action_header', 'write_events',
    'write_indicators', 'write_indicators_footer', 'write_indicators_header',
    'write_observables', 'write_observables_footer', 'write_observables_header',
    'write_threat_actors', 'write_threat_actors_footer', 'write_threat_actors_header',
    'write_ttps', 'write_ttps_footer', 'write_ttps_header'
]
