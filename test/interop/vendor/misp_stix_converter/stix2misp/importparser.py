#!/usr/bin/env python3

import json
import traceback
from ..abstract import AbstractParser
from abc import ABCMeta
from datetime import datetime
from pymisp import MISPEvent, MISPObject
from pymisp.abstract import resources_path
from typing import Optional, Union
from uuid import UUID

MISP_org_uuid = '55f6ea65-aa10-4c5a-bf01-4f84950d210f'

_DEFAULT_DISTRIBUTION = 0

_VALID_DISTRIBUTIONS = (0, 1, 2, 3, 4)
_RFC_VERSIONS = (1, 3, 4, 5)


def _load_json_file(path) -> dict:
    with open(path, 'rb') as f:
        return json.load(f)


class ExternalSTIXtoMISPParser(metaclass=ABCMeta):
    def _set_cluster_distribution(
            self, distribution: int, sharing_group_id: Union[int, None]):
        cl_dis = {'distribution': self._sanitise_distribution(distribution)}
        if distribution == 4:
            if sharing_group_id is not None:
                cl_dis['sharing_group_id'] = self._sanitise_sharing_group_id(
                    sharing_group_id
                )
            else:
                cl_dis['distribution'] = 0
                self._cluster_distribution_and_sharing_group_id_error()
        self.__cluster_distribution = cl_dis

    def _set_organisation_uuid(self, organisation_uuid: Union[str, None]):
        self.__organisation_uuid = organisation_uuid or MISP_org_uuid

    @property
    def cluster_distribution(self) -> dict:
        return self.__cluster_distribution

    @property
    def organisation_uuid(self) -> str:
        return self.__organisation_uuid


class STIXtoMISPParser(AbstractParser):
    def __init__(self):
        super().__init__()
        self.__distribution: int
        self.__galaxies_as_tags: bool
        self.__galaxy_feature: str
        self.__producer: Union[str, None]
        self.__relationship_types: dict
        self.__sharing_group_id: Union[int, None]
        self.__title: Union[str, None]

        self.__replacement_uuids: dict = {}

    def _populate_misp_event(self):
        self.misp_events.append(self.misp_event)

    def _reset_bundle_state(self):
        self.__replacement_uuids = {}
        try:
            del self.__misp_events
        except AttributeError:
            pass

    def _sanitise_distribution(self, distribution: int) -> int:
        try:
            sanitised = int(distribution)
        except (TypeError, ValueError) as error:
            self._distribution_error(error)
            return 0
        if sanitised in _VALID_DISTRIBUTIONS:
            return sanitised
        self._distribution_value_error(sanitised)
        return 0

    def _sanitise_sharing_group_id(
            self, sharing_group_id: Union[int, None]) -> Union[int, None]:
        if sharing_group_id is None:
            return None
        try:
            return int(sharing_group_id)
        except (TypeError, ValueError) as error:
            self._sharing_group_id_error(error)
            return None

    def _set_misp_event(self, misp_event: MISPEvent):
        self.__misp_event = misp_event

    def _set_misp_events(self):
        self.__misp_events = []

    def _set_parameters(self, distribution: int = _DEFAULT_DISTRIBUTION,
                        sharing_group_id: Optional[int] = None,
                        force_contextual_data: Optional[bool] = False,
                        galaxies_as_tags: Optional[bool] = False,
                        single_event: Optional[bool] = False,
                        producer: Optional[str] = None,
                        title: Optional[str] = None):
        self.__distribution = self._sanitise_distribution(distribution)
        self.__sharing_group_id = self._sanitise_sharing_group_id(
            sharing_group_id
        )
        if self.sharing_group_id is None and self.distribution == 4:
            self.__distribution = 0
            self._distribution_and_sharing_group_id_error()
        self.__force_contextual_data = force_contextual_data
        self.__galaxies_as_tags = galaxies_as_tags
        self.__galaxy_feature = (
            'as_tag_names' if self.galaxies_as_tags else 'as_container'
        )
        self.__single_event = single_event
        self.__producer = producer
        self.__title = title

    def _set_single_event(self, single_event: bool):
        self.__single_event = single_event

    ############################################################################
    #                                PROPERTIES                                #
    ############################################################################

    @property
    def distribution(self) -> int:
        return self.__distribution

    @property
    def event_title(self) -> Union[str, None]:
        return self.__title

    @property
    def force_contextual_data(self) -> bool:
        return self.__force_contextual_data

    @property
    def galaxies_as_tags(self) -> bool:
        return self.__galaxies_as_tags

    @property
    def galaxy_feature(self) -> str:
        return self.__galaxy_feature

    @property
    def misp_event(self) -> MISPEvent:
        return self.__misp_event

    @property
    def misp_events(self) -> Union[list, MISPEvent]:
        return getattr(
            self, '_STIXtoMISPParser__misp_events', self.__misp_event
        )

    @property
    def producer(self) -> Union[str, None]:
        return self.__producer

    @property
    def relationship_types(self) -> dict:
        try:
            return self.__relationship_types
        except AttributeError:
            self.__get_relationship_types()
            return self.__relationship_types

    @property
    def replacement_uuids(self) -> dict:
        return self.__replacement_uuids

    @property
    def sharing_group_id(self) -> Union[int, None]:
        return self.__sharing_group_id

    @property
    def single_event(self) -> bool:
        return self.__single_event

    ############################################################################
    #                   ERRORS AND WARNINGS HANDLING METHODS                   #
    ############################################################################

    def _cluster_distribution_and_sharing_group_id_error(self):
        self._add_error(
            'Invalid Cluster Sharing Group ID - '
            'cannot be None when distribution is 4',
            'init'
        )

    def _distribution_and_sharing_group_id_error(self):
        self._add_error(
            'Invalid Sharing Group ID - cannot be None when distribution is 4',
            'init'
        )

    def _distribution_error(self, exception: Exception):
        self._add_error(
            f'Wrong distribution format: {exception}', 'init'
        )

    def _distribution_value_error(self, distribution: int):
        self._add_error(
            f'Invalid distribution value: {distribution}', 'init'
        )

    @staticmethod
    def _parse_traceback(exception: Exception) -> str:
        tb = ''.join(traceback.format_tb(exception.__traceback__))
        return f'{tb}{exception.__str__()}'

    def _sharing_group_id_error(self, exception: Exception):
        self._add_error(
            f'Wrong sharing group id format: {exception}', 'init'
        )

    ############################################################################
    #            MISP OBJECT RELATIONSHIPS MAPPING CREATION METHODS            #
    ############################################################################

    def __get_relationship_types(self):
        relationships_path = resources_path / 'misp-objects' / 'relationships'
        relationships = _load_json_file(relationships_path / 'definition.json')
        self.__relationship_types = {
            relationship['name']: relationship['opposite'] for relationship
            in relationships['values'] if 'opposite' in relationship
        }

    ############################################################################
    #                     UUID SANITATION HANDLING METHODS                     #
    ############################################################################

    def _check_uuid(self, object_id: str):
        object_uuid = self._extract_uuid(object_id)
        replacement = (
            UUID(object_uuid).version not in _RFC_VERSIONS and
            object_uuid not in self.replacement_uuids
        )
        if replacement:
            self.replacement_uuids[object_uuid] = self._create_v5_uuid(
                object_uuid
            )

    def _sanitise_attribute_uuid(
            self, object_id: str, comment: Optional[str] = None,
            **kwargs) -> dict:
        attribute_uuid = self._extract_uuid(object_id)
        attribute_comment = f'Original UUID was: {attribute_uuid}'
        if attribute_uuid in self.replacement_uuids:
            if comment is not None:
                attribute_comment = f'{comment} - {attribute_comment}'
            return {
                'uuid': self.replacement_uuids[attribute_uuid],
                'comment': attribute_comment, **kwargs
            }
        if UUID(attribute_uuid).version not in _RFC_VERSIONS:
            sanitised_uuid = self._create_v5_uuid(attribute_uuid)
            self.replacement_uuids[attribute_uuid] = sanitised_uuid
            if comment is not None:
                attribute_comment = f'{comment} - {attribute_comment}'
            return {
                'uuid': sanitised_uuid, 'comment': attribute_comment, **kwargs
            }
        attribute = {'uuid': attribute_uuid, **kwargs}
        if comment is not None:
            attribute['comment'] = comment
        return attribute

    def _sanitise_object_uuid(
            self, misp_object: Union[MISPEvent, MISPObject], object_id: str):
        object_uuid = self._extract_uuid(object_id)
        if object_uuid in self.replacement_uuids:
            comment = f'Original UUID was: {object_uuid}'
            misp_object.comment = (
                f'{misp_object.comment} - {comment}'
                if hasattr(misp_object, 'comment') else comment
            )
            object_uuid = self.replacement_uuids[object_uuid]
        misp_object.uuid = object_uuid

    def _sanitise_uuid(self, object_id: str) -> str:
        object_uuid = self._extract_uuid(object_id)
        if UUID(object_uuid).version not in _RFC_VERSIONS:
            if object_uuid in self.replacement_uuids:
                return self.replacement_uuids[object_uuid]
            sanitised_uuid = self._create_v5_uuid(object_uuid)
            self.replacement_uuids[object_uuid] = sanitised_uuid
            return sanitised_uuid
        return object_uuid

    ############################################################################
    #                             UTILITY METHODS.                             #
    ############################################################################

    @staticmethod
    def _timestamp_from_date(date: datetime) -> int:
        return int(date.timestamp())
