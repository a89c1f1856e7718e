# Copyright (c) 2017, The MITRE Corporation. All rights reserved.
# See LICENSE.txt for complete terms.

from __future__ import absolute_import

from .frequency import Frequency

from .object import (DomainSpecificObjectProperties, Object, RelatedObject,
                     Relationship)

from .action_reference import ActionReference
from .associated_object import AssociatedObject, AssociationType
from .action import (Action, ActionAliases, ActionArgument, ActionArguments,
        ActionName, ActionRelationship, ActionRelationships, Actions,
        ActionType, ArgumentName, AssociatedObjects)

from .event import Event, EventType
from .pattern_fidelity import (PatternFidelity, ObfuscationTechniques,
                               ObfuscationTechnique)
from .pool import ActionPool, EventPool, PropertyPool, ObjectPool, Pools
from .observable import Observable, Observables, ObservableComposition
