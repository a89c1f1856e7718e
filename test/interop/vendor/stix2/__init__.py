"""Python APIs for STIX 2.

.. autosummary::
   :toctree: api

   confidence
   datastore
   environment
   equivalence
   exceptions
   markings
   parsing
   pattern_visitor
   patterns
   properties
   serialization
   utils
   v20
   v21
   versioning
   workbench

"""

# flake8: noqa

from .confidence import scales
from .datastore import CompositeDataSource
from .datastore.filesystem import (
    FileSystemSink, FileSystemSource, FileSystemStore,
)
from .datastore.filters import Filter
from .datastore.memory import MemorySink, MemorySource, MemoryStore
from .datastore.taxii import (
    TAXIICollectionSink, TAXIICollectionSource, TAXIICollectionStore,
)
from .environment import Environment, ObjectFactory
from .markings import (
    add_markings, clear_markings, get_markings, is_marked, remove_markings,
    set_markings,
)
from .parsing import parse, parse_observable
from .patterns import (
    AndBooleanExpression, AndObservationExpression, BasicObjectPathComponent,
    BinaryConstant, BooleanConstant, EqualityComparisonExpression,
    FloatConstant, FollowedByObservationExpression,
    GreaterThanComparisonExpression, GreaterThanEqualComparisonExpression,
    HashConstant, HexConstant, InComparisonExpression, IntegerConstant,
    IsSubsetComparisonExpression, IsSupersetComparisonExpression,
    LessThanComparisonExpression, LessThanEqualComparisonExpression,
    LikeComparisonExpression, ListConstant, ListObjectPathComponent,
    MatchesComparisonExpression, ObjectPath, ObservationExpression,
    OrBooleanExpression, OrObservationExpression, ParentheticalExpression,
    QualifiedObservationExpression, ReferenceObjectPathComponent,
    RepeatQualifier, StartStopQualifier, StringConstant, TimestampConstant,
    WithinQualifier,
)
from .registry import _collect_stix2_mappings
from .v21 import *  # This import will always be the latest STIX 2.X version
from .version import DEFAULT_VERSION, __version__
from .versioning import new_version, revoke

_collect_stix2_mappings()
