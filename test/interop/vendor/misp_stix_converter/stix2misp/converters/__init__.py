from .stix2mapping import ExternalSTIX2Mapping  # noqa
from .stix2_attack_pattern_converter import (  # noqa
    ExternalSTIX2AttackPatternConverter, InternalSTIX2AttackPatternConverter)
from .stix2_campaign_converter import (  # noqa
    ExternalSTIX2CampaignConverter, InternalSTIX2CampaignConverter)
from .stix2_course_of_action_converter import (  # noqa
    ExternalSTIX2CourseOfActionConverter, InternalSTIX2CourseOfActionConverter)
from .stix2_custom_object_converter import STIX2CustomObjectConverter  # noqa
from .stix2_identity_converter import (  # noqa
    ExternalSTIX2IdentityConverter, InternalSTIX2IdentityConverter)
from .stix2_indicator_converter import (  # noqa
    ExternalSTIX2IndicatorConverter, InternalSTIX2IndicatorConverter)
from .stix2_intrusion_set_converter import (  # noqa
    ExternalSTIX2IntrusionSetConverter, InternalSTIX2IntrusionSetConverter)
from .stix2_location_converter import (  # noqa
    ExternalSTIX2LocationConverter, InternalSTIX2LocationConverter)
from .stix2_malware_analysis_converter import (  # noqa
    ExternalSTIX2MalwareAnalysisConverter,
    InternalSTIX2MalwareAnalysisConverter)
from .stix2_malware_converter import (  # noqa
    ExternalSTIX2MalwareConverter, InternalSTIX2MalwareConverter)
from .stix2_note_converter import InternalSTIX2NoteConverter  # noqa
from .stix2_observable_converter import (  # noqa
    ExternalSTIX2ObservableConverter, InternalSTIX2ObservableConverter)
from .stix2_observable_objects_converter import STIX2ObservableObjectConverter  # noqa
from .stix2_observed_data_converter import (  # noqa
    ExternalSTIX2ObservedDataConverter, InternalSTIX2ObservedDataConverter)
from .stix2_threat_actor_converter import(  # noqa
    ExternalSTIX2ThreatActorConverter, InternalSTIX2ThreatActorConverter)
from .stix2_tool_converter import (  # noqa
    ExternalSTIX2ToolConverter, InternalSTIX2ToolConverter)
from .stix2_vulnerability_converter import (  # noqa
    ExternalSTIX2VulnerabilityConverter, InternalSTIX2VulnerabilityConverter)
