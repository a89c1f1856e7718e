#!/usr/bin/env python3
# -*- coding: utf-8 -*-

from .exceptions import UnknownParsingFunctionError, UnknownStixObjectTypeError
from .external_stix2_mapping import ExternalSTIX2toMISPMapping
from .converters import (
    ExternalSTIX2AttackPatternConverter, ExternalSTIX2CampaignConverter,
    ExternalSTIX2CourseOfActionConverter, ExternalSTIX2IdentityConverter,
    ExternalSTIX2IndicatorConverter, ExternalSTIX2IntrusionSetConverter,
    ExternalSTIX2LocationConverter, ExternalSTIX2MalwareAnalysisConverter,
    ExternalSTIX2MalwareConverter, ExternalSTIX2ObservableConverter,
    ExternalSTIX2ObservedDataConverter, ExternalSTIX2ThreatActorConverter,
    ExternalSTIX2ToolConverter, ExternalSTIX2VulnerabilityConverter,
    STIX2ObservableObjectConverter)
from .importparser import ExternalSTIXtoMISPParser
from .stix2_to_misp import STIX2toMISPParser, _BUNDLE_TYPING, _OBSERVABLE_TYPING
from collections import defaultdict
from pymisp import MISPAttribute, MISPObject
from stix2.v20.observables import (
    _Extension as Extension_v20, _STIXBase20 as STIXBase_v20)
from stix2.v20.sro import Sighting as Sighting_v20
from stix2.v21.observables import (
    _Extension as Extension_v21, _STIXBase21 as STIXBase_v21)
from stix2.v21.sdo import Note, Opinion
from stix2.v21.sro import Sighting as Sighting_v21
from typing import Iterator, Optional, Union

_EXTENSION_TYPES = (Extension_v20, Extension_v21, STIXBase_v20, STIXBase_v21)
_OBSERVABLE_FIELDS_TO_SKIP = (
    'defanged', 'granular_markings', 'id', 'object_marking_refs',
    'spec_version', 'type'
)
_SDO_STORAGE_FIELDS = {'_indicator': 1, '_observable': 2, '_observed_data': 4}
_SIGHTING_TYPING = Union[Sighting_v20, Sighting_v21]


class ExternalSTIX2toMISPParser(STIX2toMISPParser, ExternalSTIXtoMISPParser):
    _CONVERTER_CLASSES = {
        'attack-pattern': ExternalSTIX2AttackPatternConverter,
        'campaign': ExternalSTIX2CampaignConverter,
        'course-of-action': ExternalSTIX2CourseOfActionConverter,
        'identity': ExternalSTIX2IdentityConverter,
        'indicator': ExternalSTIX2IndicatorConverter,
        'intrusion-set': ExternalSTIX2IntrusionSetConverter,
        'location': ExternalSTIX2LocationConverter,
        'malware': ExternalSTIX2MalwareConverter,
        'malware-analysis': ExternalSTIX2MalwareAnalysisConverter,
        'observable': ExternalSTIX2ObservableConverter,
        'observable-object': STIX2ObservableObjectConverter,
        'observed-data': ExternalSTIX2ObservedDataConverter,
        'threat-actor': ExternalSTIX2ThreatActorConverter,
        'tool': ExternalSTIX2ToolConverter,
        'vulnerability': ExternalSTIX2VulnerabilityConverter,
    }

    def __init__(self):
        super().__init__()
        self._mapping = ExternalSTIX2toMISPMapping

    def parse_stix_bundle(
            self, cluster_distribution: Optional[int] = 0,
            cluster_sharing_group_id: Optional[int] = None,
            organisation_uuid: Optional[str] = None, **kwargs):
        self._set_parameters(**kwargs)
        self._set_cluster_distribution(
            cluster_distribution, cluster_sharing_group_id
        )
        self._set_organisation_uuid(organisation_uuid)
        self._parse_stix_bundle()

    def _extract_object_refs(self, stix_object) -> Iterator[str]:
        for field, value in stix_object.items():
            if field.endswith('_ref') or field.endswith('_refs'):
                if isinstance(value, list):
                    yield from value
                    continue
                yield value
                continue
            if field == 'extensions':
                for extension in value.values():
                    yield from self._extract_object_refs(extension)

    def _reset_bundle_state(self):
        super()._reset_bundle_state()
        try:
            del self.__standalone_object_refs
        except AttributeError:
            pass

    def _load_stix_bundle(self, bundle: _BUNDLE_TYPING):
        stix_objects, object_refs = self._partition_stix_objects(bundle.objects)
        standalone_objects = {}
        for stix_object in stix_objects:
            object_id = stix_object['id']
            if object_id not in object_refs:
                standalone_objects[object_id] = None
            self._load_stix_object(stix_object)
        if standalone_objects:
            self.__standalone_object_refs = tuple(standalone_objects)

    def _partition_stix_objects(self, stix_objects: list) -> tuple[list]:
        partitioned = []
        object_refs = set()
        for stix_object in stix_objects:
            if stix_object['type'] in ('grouping', 'report'):
                self._load_stix_object(stix_object)
                object_refs.update(stix_object.object_refs)
                if hasattr(stix_object, 'object_marking_refs'):
                    object_refs.update(stix_object.object_marking_refs)
                continue
            partitioned.append(stix_object)
            if stix_object['type'] not in ('relationship', 'sighting'):
                object_refs.update(self._extract_object_refs(stix_object))
        return partitioned, object_refs

    ############################################################################
    #                                PROPERTIES                                #
    ############################################################################

    @property
    def standalone_object_refs(self) -> tuple:
        return self.__standalone_object_refs

    ############################################################################
    #                       STIX OBJECTS LOADING METHODS                       #
    ############################################################################

    def _load_analyst_note(self, note: Note):
        note_dict = self._parse_analyst_note(note)
        if len(note.object_refs) == 1:
            note_dict['uuid'] = self._sanitise_uuid(note.id)
        for object_ref in note.object_refs:
            self._analyst_data[object_ref].append(note.id)
        super()._load_note(note.id, note_dict)

    def _load_analyst_opinion(self, opinion: Opinion):
        opinion_dict = {
            'opinion': self._mapping.opinion_mapping(opinion.opinion),
            **self._parse_analyst_opinion(opinion)
        }
        if len(opinion.object_refs) == 1:
            opinion_dict['uuid'] = self._sanitise_uuid(opinion.id)
        for object_ref in opinion.object_refs:
            self._analyst_data[object_ref].append(opinion.id)
        super()._load_opinion(opinion.id, opinion_dict)

    def _load_observable_object(self, observable: _OBSERVABLE_TYPING):
        self._check_uuid(observable.id)
        to_load = {'used': {}, 'observable': observable}
        try:
            self._observable[observable.id] = to_load
        except AttributeError:
            self._observable = {observable.id: to_load}

    def _load_sighting(self, sighting: _SIGHTING_TYPING):
        sighting_of_ref = self._sanitise_uuid(sighting.sighting_of_ref)
        try:
            self._sighting[sighting_of_ref].append(sighting)
        except AttributeError:
            self._sighting = defaultdict(list)
            self._sighting[sighting_of_ref].append(sighting)

    ############################################################################
    #                    MAIN STIX OBJECTS PARSING METHODS.                    #
    ############################################################################

    def _handle_attribute_sightings(self, attribute: MISPAttribute):
        attribute_uuid = attribute.uuid
        if attribute_uuid in self.replacement_uuids:
            attribute_uuid = self.replacement_uuids[attribute_uuid]
        if attribute_uuid in self._sighting:
            for sighting in self._sighting[attribute_uuid]:
                misp_sighting = self._parse_sighting(sighting)
                if misp_sighting is not None:
                    attribute.add_sighting(misp_sighting)

    def _handle_object_refs(self, object_refs: list):
        for object_ref in object_refs:
            object_type = object_ref.split('--')[0]
            if object_type in self._mapping.object_type_refs_to_skip():
                continue
            if object_type in self._mapping.observable_object_types():
                if (observable := self._fetch_observable(object_ref)) is not None:
                    if self.misp_event.uuid not in observable['used']:
                        observable['used'][self.misp_event.uuid] = False
                continue
            if object_type == 'marking-definition':
                if object_ref in self._clusters:
                    cluster = self._clusters[object_ref]
                    if cluster['used'].get(self.misp_event.uuid) is None:
                        cluster['used'][self.misp_event.uuid] = False
                continue
            try:
                self._handle_object(object_type, object_ref)
            except UnknownStixObjectTypeError as error:
                self._unknown_stix_object_type_error(error)
            except UnknownParsingFunctionError as error:
                self._unknown_parsing_function_error(error)

    def _handle_object_sightings(self, misp_object: MISPObject):
        object_uuid = misp_object.uuid
        if object_uuid in self.replacement_uuids:
            object_uuid = self.replacement_uuids[object_uuid]
        if object_uuid in self._sighting:
            for sighting in self._sighting[object_uuid]:
                misp_sighting = self._parse_sighting(sighting)
                if misp_sighting is not None:
                    for attribute in misp_object.attributes:
                        attribute.add_sighting(misp_sighting)

    def _handle_unparsed_content(self):
        if hasattr(self, 'standalone_object_refs'):
            for object_ref in self.standalone_object_refs:
                if object_ref in self._parsed_object_refs:
                    continue
                object_type = object_ref.split('--')[0]
                if object_type in ('extension-definition', 'relationship', 'sighting'):
                    continue
                if object_type in self._mapping.observable_object_types():
                    if (observable := self._fetch_observable(object_ref)) is not None:
                        if observable['used'].get(self.misp_event.uuid) is None:
                            observable['used'][self.misp_event.uuid] = False
                    continue
                if object_type == 'marking-definition':
                    markings = self._marking_definition.get(object_ref)
                    if isinstance(markings, str):
                        self.misp_event.add_tag(markings)
                        continue
                    for marking in markings:
                        self.misp_event.add_tag(marking)
                        continue
                    if object_ref in self._clusters:
                        cluster = self._clusters[object_ref]
                        if cluster['used'].get(self.misp_event.uuid) is None:
                            cluster['used'][self.misp_event.uuid] = False
                    continue
                try:
                    self._handle_object(object_type, object_ref)
                except UnknownStixObjectTypeError as error:
                    self._unknown_stix_object_type_error(error)
                except UnknownParsingFunctionError as error:
                    self._unknown_parsing_function_error(error)
        if not hasattr(self, '_observable'):
            return super()._handle_unparsed_content()
        unparsed_content = defaultdict(list)
        for object_id, content in self._observable.items():
            if content['used'].get(self.misp_event.uuid, True):
                continue
            unparsed_content[content['observable'].type].append(object_id)
        for observable_type in self._mapping.observable_object_types():
            if observable_type not in unparsed_content:
                continue
            feature = self._mapping.observable_mapping(observable_type)
            if feature is None:
                observable_id = unparsed_content[observable_type][0]
                self._add_error(
                    f'Unable to map observable object with id {observable_id}'
                )
                continue
            to_call = f'_parse_{feature}_observable_object'
            for object_id in unparsed_content[observable_type]:
                if (observable := self._fetch_observable(object_id)) is None:
                    continue
                if self.misp_event.uuid in observable['used']:
                    if observable['used'][self.misp_event.uuid]:
                        continue
                try:
                    getattr(self._get_converter('observable-object'), to_call)(object_id)
                except Exception as exception:
                    _traceback = self._parse_traceback(exception)
                    self._add_error(
                        'Error parsing the Observable object with id '
                        f'{object_id}: {_traceback}'
                    )
        super()._handle_unparsed_content()

    def _parse_loaded_features(self):
        if hasattr(self, '_observable'):
            for observable in self._observable.values():
                observable['used'][self.misp_event.uuid] = False
        super()._parse_loaded_features()

    ############################################################################
    #                      MISP FEATURES CREATION METHODS                      #
    ############################################################################

    def _add_attribute_galaxies(self, attribute: MISPAttribute, galaxies: dict):
        for galaxy in self._aggregate_galaxy_clusters(galaxies):
            attribute.add_galaxy(galaxy)

    def _add_event_galaxies(self, galaxies: dict):
        for galaxy in self._aggregate_galaxy_clusters(galaxies):
            self.misp_event.add_galaxy(galaxy)

    def _add_object_galaxies(self, misp_object: MISPObject, galaxies: dict):
        for galaxy in self._aggregate_galaxy_clusters(galaxies):
            for attribute in misp_object.attributes:
                attribute.add_galaxy(galaxy)

    ############################################################################
    #       METHODS TO LINK INDICATORS AND OBSERVABLES WITH SIMILAR DATA       #
    ############################################################################

    def _check_observable_types_match(
            self, observable_type: str, indicator_type: str) -> bool:
        if observable_type == indicator_type:
            return True
        obs_types = self._mapping.related_observable_types(observable_type)
        return indicator_type in obs_types

    def _fetch_indicator_reference(
            self, observable: _OBSERVABLE_TYPING) -> Iterator[str]:
        observable_references = tuple(
            self._fetch_observable_references(observable)
        )
        for indicator_id, patterns in self._indicator_references.items():
            for obs_type, values in patterns.items():
                if not self._check_observable_types_match(observable.type, obs_type):
                    continue
                if not any(ref in values for ref in observable_references):
                    continue
                yield indicator_id

    def _fetch_observable_references(
            self, observable: dict | _OBSERVABLE_TYPING) -> Iterator[str]:
        for key, values in observable.items():
            if key in _OBSERVABLE_FIELDS_TO_SKIP:
                continue
            if isinstance(values, dict):
                yield from self._fetch_observable_references(values)
                continue
            if isinstance(values, list):
                for value in values:
                    if isinstance(value, _EXTENSION_TYPES):
                        yield from self._fetch_observable_references(value)
                        continue
                    yield value
                continue
            if isinstance(values, _EXTENSION_TYPES):
                yield from self._fetch_observable_references(values)
                continue
            yield values

    def _set_indicator_references(self):
        score = 0
        for feature, count in _SDO_STORAGE_FIELDS.items():
            if getattr(self, feature, []):
                score += count
        if score in (0, 1, 2, 4, 6):
            return
        pattern_parser = self._get_converter('indicator')._compile_stix_pattern
        self._indicator_references = {
            indicator_id: {obs_type: tuple(val[-1] for val in pattern)}
            for indicator_id, indicator in self._indicator.items()
            if getattr(indicator, 'pattern_type', 'stix') == 'stix'
            for obs_type, pattern in pattern_parser(indicator).comparisons.items()
        }
        if score in (3, 7):
            for observable_id, observable in self._observable.items():
                indicator_references = set(
                    self._fetch_indicator_reference(observable['observable'])
                )
                if not indicator_references:
                    continue
                for indicator_reference in indicator_references:
                    indicator = self._indicator[indicator_reference]
                    if not isinstance(indicator, dict):
                        self._indicator[indicator_reference] = {
                            'indicator': indicator,
                            'observable_ref': set()
                        }
                        indicator = self._indicator[indicator_reference]
                    indicator['observable_ref'].add(observable_id)
                    if 'indicator_ref' not in observable:
                        observable['indicator_ref'] = {indicator_reference}
                        continue
                    observable['indicator_ref'].add(indicator_reference)
        if score >= 5:
            for observed_id, observed_data in self._observed_data.items():
                if not hasattr(observed_data, 'objects'):
                    continue
                indicator_refs = defaultdict(set)
                for observable_id, observable in observed_data.objects.items():
                    indicator_references = set(
                        self._fetch_indicator_reference(observable)
                    )
                    if not indicator_references:
                        continue
                    for indicator_reference in indicator_references:
                        indicator_refs[observable_id].add(indicator_reference)
                        indicator = self._indicator[indicator_reference]
                        if not isinstance(indicator, dict):
                            self._indicator[indicator_reference] = {
                                'indicator': indicator,
                                'observable_ref': {observed_id}
                            }
                            continue
                        indicator['observable_ref'].add(observed_id)
                if indicator_refs:
                    if not isinstance(observed_data, dict):
                        self._observed_data[observed_id] = {
                            'indicator_refs': indicator_refs,
                            'observed_data': observed_data
                        }
                        continue
                    for observable_id, refs in indicator_refs.items():
                        observed_data['indicator_refs'][observable_id].update(refs)
