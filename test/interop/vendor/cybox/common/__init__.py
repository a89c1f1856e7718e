# Copyright (c) 2017, The MITRE Corporation. All rights reserved.
# See LICENSE.txt for complete terms.

"""
The :py:mod:`cybox.common` module contains classes needed to implement the
types found in the CybOX Common schema (cybox_common.xsd).  Although the
implementation is spread between different modules within the ``cybox.common``
package, types should be imported directly from this module in case the
implementations are reorganized in the future.

In other words, do this:

.. code-block:: python

    from cybox.common import String

rather than:

.. code-block:: python

    from cybox.common.properties import String

"""

from __future__ import absolute_import

from .attribute_groups import DEFAULT_DELIM, PatternFieldGroup
from .properties import *
from .vocabs import VocabString

from .compensation_model import CompensationModel
from .data_segment import DataSegment, DataSize
from .datetimewithprecision import DateTimeWithPrecision, DateWithPrecision
from .daterange import DateRange
from .digitalsignature import DigitalSignature, DigitalSignatureList
from .environment_variable import EnvironmentVariable, EnvironmentVariableList
from .errors import Error, ErrorInstances, Errors
from .execution_environment import ExecutionEnvironment
from .hashes import Hash, HashList, HashName
from .location import Location
from .metadata import Metadata
from .object_properties import ObjectProperties, Property
from .structured_text import StructuredText
from .time import Time
from .tools import ToolInformation, ToolInformationList, ToolType

from .byterun import ByteRun, ByteRuns
from .contributor import Contributor, Personnel
from .extracted_string import ExtractedString, ExtractedStrings
from .platform_specification import PlatformSpecification, PlatformIdentifier
from .measuresource import InformationSourceType, MeasureSource

from .extracted_features import ExtractedFeatures
