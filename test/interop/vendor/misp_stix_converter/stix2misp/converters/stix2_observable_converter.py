#!/usr/bin/env python3
# -*- coding: utf-8 -*-

from ...misp_stix_mapping import Mapping
from .stix2converter import (
    ExternalSTIX2Converter, InternalSTIX2Converter, STIX2Converter)
from .stix2mapping import (
    ExternalSTIX2Mapping, InternalSTIX2Mapping, STIX2Mapping)
from abc import ABCMeta
from pymisp import MISPObject
from stix2.v20.observables import (
    Artifact as Artifact_v20, AutonomousSystem as AutonomousSystem_v20,
    Directory as Directory_v20, DomainName as DomainName_v20,
    EmailAddress as EmailAddress_v20, EmailMessage as EmailMessage_v20,
    File as File_v20, HTTPRequestExt as HTTPRequestExt_v20, Mutex as Mutex_v20,
    NetworkTraffic as NetworkTraffic_v20, Process as Process_v20,
    Software as Software_v20, UNIXAccountExt as UNIXAccountExt_v20,
    URL as URL_v20, UserAccount as UserAccount_v20,
    WindowsPEBinaryExt as WindowsExtension_v20,
    WindowsPESection as WindowsPESection_v20,
    WindowsRegistryKey as WindowsRegistryKey_v20,
    WindowsRegistryValueType as WindowsRegistryValue_v20,
    X509Certificate as X509Certificate_v20)
from stix2.v21.observables import (
    Artifact as Artifact_v21, AutonomousSystem as AutonomousSystem_v21,
    Directory as Directory_v21, DomainName as DomainName_v21,
    EmailAddress as EmailAddress_v21, EmailMessage as EmailMessage_v21,
    File as File_v21, HTTPRequestExt as HTTPRequestExt_v21, IPv4Address, IPv6Address,
    Mutex as Mutex_v21, MACAddress, NetworkTraffic as NetworkTraffic_v21,
    Process as Process_v21, Software as Software_v21,
    UNIXAccountExt as UNIXAccountExt_v21, URL as URL_v21,
    UserAccount as UserAccount_v21, WindowsPEBinaryExt as WindowsExtension_v21,
    WindowsPESection as WindowsPESection_v21,
    WindowsRegistryKey as WindowsRegistryKey_v21,
    WindowsRegistryValueType as WindowsRegistryValue_v21,
    X509Certificate as X509Certificate_v21)
from typing import Any, Iterator, Optional, Union

# TYPINGS
_ARTIFACT_TYPING = Union[
    Artifact_v20, Artifact_v21
]
_AUTONOMOUS_SYSTEM_TYPING = Union[
    AutonomousSystem_v20, AutonomousSystem_v21
]
_DIRECTORY_TYPING = Union[
    Directory_v20, Directory_v21
]
_DOMAIN_TYPING = Union[
    DomainName_v20, DomainName_v21
]
_EMAIL_ADDRESS_TYPING = Union[
    EmailAddress_v20, EmailAddress_v21
]
_EMAIL_ATTACHMENT_TYPING = Union[
    Artifact_v20, Artifact_v20,
    File_v20, File_v21
]
_EMAIL_MESSAGE_TYPING = Union[
    EmailMessage_v20, EmailMessage_v21
]
_EXTENSION_TYPING = Union[
    WindowsExtension_v20,
    WindowsExtension_v21
]
_FILE_TYPING = Union[
    File_v20, File_v21
]
_HTTP_REQUEST_EXTENSION_TYPING = Union[
    HTTPRequestExt_v20, HTTPRequestExt_v21
]
_IP_OBSERVABLE_TYPING = Union[
    IPv4Address, IPv6Address
]
_NETWORK_TRAFFIC_REFERENCE_TYPING = Union[
    DomainName_v21, IPv4Address, IPv6Address, MACAddress
]
_NETWORK_TRAFFIC_TYPING = Union[
    NetworkTraffic_v20, NetworkTraffic_v21
]
_OBSERVABLE_TYPING = Union[
    dict,
    Directory_v20, Directory_v21,
    EmailMessage_v20, EmailMessage_v21,
    Mutex_v20, Mutex_v21,
    NetworkTraffic_v20, NetworkTraffic_v21,
    Software_v20, Software_v21,
    UNIXAccountExt_v20, UNIXAccountExt_v21,
    URL_v20, URL_v21,
    UserAccount_v20, UserAccount_v21,
    WindowsExtension_v20, WindowsExtension_v21,
    WindowsPESection_v20, WindowsPESection_v21,
    WindowsRegistryValue_v20, WindowsRegistryValue_v21
]
_PROCESS_TYPING = Union[
    Process_v20, Process_v21
]
_REGISTRY_KEY_TYPING = Union[
    WindowsRegistryKey_v20, WindowsRegistryKey_v21
]
_REGISTRY_VALUE_TYPING = Union[
    WindowsRegistryValue_v20, WindowsRegistryValue_v21
]
_SECTION_TYPING = Union[
    WindowsPESection_v20, WindowsPESection_v21
]
_URL_TYPING = Union[
    URL_v20, URL_v21
]
_USER_ACCOUNT_TYPING = Union[
    UserAccount_v20, UserAccount_v21
]
_X509_CERTIFICATE_TYPING = Union[
    X509Certificate_v20, X509Certificate_v21
]


class STIX2ObservableMapping(STIX2Mapping, metaclass=ABCMeta):
    __generic_network_traffic_reference_mapping = Mapping(
        **{
            'domain-name_dst': STIX2Mapping.dst_hostname_attribute(),
            'domain-name_src': STIX2Mapping.src_hostname_attribute(),
            'ipv4-addr_dst': STIX2Mapping.dst_ip_attribute(),
            'ipv4-addr_src': STIX2Mapping.src_ip_attribute(),
            'ipv6-addr_dst': STIX2Mapping.dst_ip_attribute(),
            'ipv6-addr_src': STIX2Mapping.src_ip_attribute(),
            'mac-address_dst': STIX2Mapping.dst_mac_attribute(),
            'mac-address_src': STIX2Mapping.src_mac_attribute()
        }
    )
    __http_request_extension_mapping = Mapping(
        request_method=STIX2Mapping.method_attribute(),
        request_value=STIX2Mapping.uri_attribute()
    )
    __http_request_header_mapping = Mapping(
        **{
            'Content-Type': STIX2Mapping.content_type_attribute(),
            'Cookie': STIX2Mapping.cookie_attribute(),
            'Referer': STIX2Mapping.referer_attribute(),
            'User-Agent': STIX2Mapping.user_agent_attribute()
        }
    )
    __network_traffic_reference_mapping = Mapping(
        **{
            'domain-name_dst': STIX2Mapping.hostname_dst_attribute(),
            'domain-name_src': STIX2Mapping.hostname_src_attribute(),
            'ipv4-addr_dst': STIX2Mapping.ip_dst_attribute(),
            'ipv4-addr_src': STIX2Mapping.ip_src_attribute(),
            'ipv6-addr_dst': STIX2Mapping.ip_dst_attribute(),
            'ipv6-addr_src': STIX2Mapping.ip_src_attribute(),
            "mac-address_dst": STIX2Mapping.dst_mac_attribute(),
            "mac-address_src": STIX2Mapping.src_mac_attribute()
        }
    )
    __software_object_mapping = Mapping(
        cpe={'type': 'cpe', 'object_relation': 'cpe'},
        languages={'type': 'text', 'object_relation': 'language'},
        name={'type': 'text', 'object_relation': 'name'},
        swid={'type': 'text', 'object_relation': 'swid'},
        vendor={'type': 'text', 'object_relation': 'vendor'},
        version={'type': 'text', 'object_relation': 'version'}
    )

    @classmethod
    def http_request_extension_mapping(cls) -> dict:
        return cls.__http_request_extension_mapping

    @classmethod
    def http_request_header_mapping(cls) -> dict:
        return cls.__http_request_header_mapping

    @classmethod
    def http_request_reference_mapping(cls, field: str) -> dict:
        return cls.network_traffic_references().get(field)

    @classmethod
    def network_traffic_reference_mapping(cls, field: str) -> dict:
        return cls.__generic_network_traffic_reference_mapping.get(field)

    @classmethod
    def network_socket_reference_mapping(cls, field: str) -> dict:
        return cls.__network_traffic_reference_mapping.get(field)

    @classmethod
    def network_traffic_references(cls) -> dict:
        return cls.__network_traffic_reference_mapping

    @classmethod
    def software_object_mapping(cls) -> dict:
        return cls.__software_object_mapping


class STIX2ObservableConverter(STIX2Converter):
    @property
    def indicator_references(self) -> dict:
        return self.main_parser.indicator_references

    def _handle_misp_object_storage(
            self, observable: dict, misp_object: MISPObject):
        observable['used'][self.event_uuid] = True
        if observable.get('misp_object') is None:
            observable['misp_object'] = misp_object
        elif isinstance(observable['misp_object'], list):
            observable['misp_object'].append(misp_object)
        else:
            observable['misp_object'] = [observable['misp_object'], misp_object]

    # Errors handling
    def _hash_type_error(self, hash_type: str):
        self.main_parser._add_error(f'Wrong hash_type: {hash_type}')


class ExternalSTIX2ObservableMapping(
        STIX2ObservableMapping, ExternalSTIX2Mapping):
    __observable_mapping = Mapping(
        **{
            'artifact': 'artifact',
            'autonomous-system': 'as',
            'directory': 'directory',
            'domain-name': 'domain',
            'email-addr': 'email_address',
            'mac-addr': 'mac_address',
            'mutex': 'mutex',
            'software': 'software',
            'url': 'url',
            'user-account': 'user_account',
            'x509-certificate': 'x509',
            **dict.fromkeys(
                (
                    'autonomous-system_ipv4-addr',
                    'autonomous-system_ipv6-addr',
                    'autonomous-system_ipv4-addr_ipv6-addr'
                ),
                'asn'
            ),
            **dict.fromkeys(
                (
                    'domain-name_ipv4-addr',
                    'domain-name_ipv6-addr',
                    'domain-name_ipv4-addr_ipv6-addr'
                ),
                'domain_ip'
            ),
            **dict.fromkeys(
                (
                    'artifact_email-addr_email-message',
                    'artifact_email-addr_email-message_file',
                    'artifact_email-message',
                    'email-addr_email-message',
                    'email-addr_email-message_file',
                    'email-message',
                    'email-message_file'
                ),
                'email_message'
            ),
            **dict.fromkeys(
                (
                    'artifact_file',
                    'artifact_directory_file',
                    'directory_file',
                    'file'
                ),
                'file'
            ),
            **dict.fromkeys(
                (
                    'ipv4-addr',
                    'ipv4-addr_ipv6-addr',
                    'ipv6-addr'
                ),
                'ip_address'
            ),
            **dict.fromkeys(
                (
                    'artifact_domain-name_ipv4-addr_network-traffic',
                    'artifact_domain-name_ipv6-addr_network-traffic',
                    'artifact_domain-name_ipv4-addr_ipv6-addr_network-traffic',
                    'artifact_domain-name_ipv4-addr_mac-addr_network-traffic',
                    'artifact_domain-name_ipv6-addr_mac-addr_network-traffic',
                    'artifact_domain-name_ipv4-addr_ipv6-addr_mac-addr_network-traffic',
                    'artifact_domain-name_network-traffic',
                    'artifact_domain-name_network-traffic_url',
                    'artifact_ipv4-addr_network-traffic',
                    'artifact_ipv6-addr_network-traffic',
                    'artifact_ipv4-addr_ipv6-addr_network-traffic',
                    'artifact_mac-addr_network-traffic',
                    'artifact_mac-addr_ipv4-addr_network-traffic',
                    'artifact_mac-addr_ipv6-addr_network-traffic',
                    'artifact_mac-addr_ipv4-addr_ipv6-addr_network-traffic',
                    'artifact_network-traffic',
                    'domain-name_ipv4-addr_network-traffic',
                    'domain-name_ipv6-addr_network-traffic',
                    'domain-name_ipv4-addr_ipv6-addr_network-traffic',
                    'domain-name_ipv4-addr_mac-addr_network-traffic',
                    'domain-name_ipv6-addr_mac-addr_network-traffic',
                    'domain-name_ipv4-addr_ipv6-addr_mac-addr_network-traffic',
                    'domain-name_network-traffic',
                    'domain-name_network-traffic_url',
                    'ipv4-addr_network-traffic',
                    'ipv6-addr_network-traffic',
                    'ipv4-addr_ipv6-addr_network-traffic',
                    'mac-addr_network-traffic',
                    'mac-addr_ipv4-addr_network-traffic',
                    'mac-addr_ipv6-addr_network-traffic',
                    'mac-addr_ipv4-addr_ipv6-addr_network-traffic',
                    'network-traffic'
                ),
                'network_traffic'
            ),
            **dict.fromkeys(
                (
                    'file_process',
                    'process'
                ),
                'process'
            ),
            **dict.fromkeys(
                (
                    'user-account_windows-registry-key',
                    'windows-registry-key'
                ),
                'registry_key'
            )
        }
    )

    @classmethod
    def observable_mapping(cls, field: str) -> Union[str, None]:
        return cls.__observable_mapping.get(field)


class ExternalSTIX2ObservableConverter(
        STIX2ObservableConverter, ExternalSTIX2Converter):
    def __init__(self, main):
        self._set_main_parser(main)
        self._mapping = ExternalSTIX2ObservableMapping

    def _get_observed_data_indicator_refs(
            self, observed_data_id: str, object_id: str) -> set | None:
        observed_data = self.main_parser._observed_data[observed_data_id]
        return observed_data.get("indicator_refs", {}).get(object_id)

    def related_observable_types(self, field: str) -> list:
        return self.main_parser._mapping.related_observable_types(field)

    def _check_indicator_reference(
            self, reference: str, observable_type: str, field: str) -> bool:
        for obs_type, values in self.indicator_references.get(reference, {}).items():
            if observable_type == obs_type and field in values:
                return True
            if observable_type in self.related_observable_types(obs_type):
                return field in values
        return False

    def _check_indicator_references(
            self, references: set | None,
            observable_type: str, field: str) -> tuple | None:
        if references is None:
            return None
        return tuple(
            reference for reference in sorted(references) if
            self._check_indicator_reference(reference, observable_type, field)
        )

    def _create_misp_attribute(
            self, indicator_ref: set | None, observable_type: str, object_id: str,
            single: Optional[bool] = False, strict_value: Optional[str] = None,
            **attribute: dict[str, str]) -> dict:
        value = strict_value or attribute['value']
        if not single:
            object_id = f"{object_id} - {attribute['type']} - {value}"
        indicator_id = self._check_indicator_references(
            indicator_ref, observable_type, value
        )
        to_ids = bool(indicator_id)
        if to_ids:
            id_comment = 'ID' if len(indicator_id) == 1 else 'IDs'
            comment = f"Indicator {id_comment}: {', '.join(indicator_id)}"
            if attribute.get('comment'):
                comment = f"{comment} - {attribute.pop('comment')}"
            attribute['comment'] = comment
            object_id = f"{' - '.join(indicator_id)} - {object_id}"
        return {
            'to_ids': to_ids, **attribute,
            'uuid': self.main_parser._create_v5_uuid(object_id)
        }

    def _create_single_misp_attribute(
            self, indicator_ref: set | None, object_id: str,
            observable_type: Optional[str] = None,
            value_to_check: Optional[str] = None,
            **attribute: dict[str, str]) -> dict:
        indicator_id = self._check_indicator_references(
            indicator_ref, observable_type, value_to_check or attribute['value']
        )
        to_ids = bool(indicator_id)
        if to_ids:
            id_comment = 'ID' if len(indicator_id) == 1 else 'IDs'
            comment = f"Indicator {id_comment}: {', '.join(indicator_id)}"
            if attribute.get('comment'):
                comment = f"{comment} - {attribute.pop('comment')}"
            attribute['comment'] = comment
            return {
                'to_ids': to_ids, **attribute,
                'uuid': self.main_parser._create_v5_uuid(
                    f"{' - '.join(indicator_id)} - {object_id}"
                )
            }
        comment = attribute.pop('comment', None)
        return {
            'to_ids': False, **attribute,
            **self.main_parser._sanitise_attribute_uuid(
                object_id, comment=comment
            )
        }

    def _handle_hash_attribute(
            self, indicator_ref: set | None, observable_type: str,
            hash_type: str, value: str, object_id: str,
            mapping: Optional[str] = 'file') -> dict:
        attribute = getattr(self._mapping, f'{mapping}_hashes_mapping')(hash_type)
        if attribute is not None:
            return self._populate_object_attribute(
                value, attribute,
                self._handle_object_id(
                    indicator_ref, observable_type, value,
                    f"{object_id} - {attribute['object_relation']}"
                )
            )
        self._hash_type_error(hash_type)

    def _handle_object_attributes(
            self, observable: _OBSERVABLE_TYPING, mapping: dict,
            indicator_ref: set | None, field: str, object_id: str,
            observable_type: str = None) -> Iterator[dict]:
        if observable_type is None:
            observable_type = observable.type
        values = observable[field]
        if isinstance(values, list):
            for value in values:
                yield self._populate_object_attribute(
                    value, mapping, self._handle_object_id(
                        indicator_ref, observable_type,
                        value, f"{object_id} - {mapping['object_relation']}"
                    )
                )
        else:
            yield self._populate_object_attribute(
                values, mapping, self._handle_object_id(
                    indicator_ref, observable_type,
                    values, f"{object_id} - {mapping['object_relation']}"
                )
            )

    def _handle_object_attributes_with_data(
            self, observable: _OBSERVABLE_TYPING, mapping: dict,
            indicator_ref: set | None, field: str, object_id: str) -> Iterator[dict]:
        values = observable[field]
        if isinstance(values, list):
            for value in values:
                yield self._populate_object_attribute_with_data(
                    value, mapping, **self._handle_object_id(
                        indicator_ref, observable.type,
                        value['data'] if isinstance(value, dict) else value,
                        f"{object_id} - {mapping['object_relation']}"
                    )
                )
        else:
            yield self._populate_object_attribute_with_data(
                values, mapping, **self._handle_object_id(
                    indicator_ref, observable.type,
                    values['data'] if isinstance(values, dict) else values,
                    f"{object_id} - {mapping['object_relation']}"
                )
            )

    def _handle_object_id(
            self, indicator_ref: set | None, observable_type: str, value: str,
            object_id: str, value_to_check: Optional[str] = None,
            **attribute: dict[str, str | bool]) -> dict:
        indicator_id = self._check_indicator_references(
            indicator_ref, observable_type, value_to_check or value
        )
        if bool(indicator_id):
            id_comment = 'ID' if len(indicator_id) == 1 else 'IDs'
            comment = f"Indicator {id_comment}: {', '.join(indicator_id)}"
            if attribute.get('comment'):
                comment = f"{comment} - {attribute.pop('comment')}"
            return {
                'to_ids': True, 'comment': comment, **attribute,
                'uuid': self.main_parser._create_v5_uuid(
                    f"{' - '.join(indicator_id)} - {object_id} - {value}"
                )
            }
        return {
            'to_ids': False, **attribute,
            'uuid': self.main_parser._create_v5_uuid(
                f'{object_id} - {value}'
            )
        }

    def _get_indicator_refs(
            self, observable_object_id: str,
            observed_data_id: Optional[str] = None) -> set | None:
        try:
            return self.main_parser._fetch_observable(observable_object_id).get(
                'indicator_ref'
            )
        except AttributeError:
            if observed_data_id is not None:
                return self._get_observed_data_indicator_refs(
                    observed_data_id, observable_object_id
                )

    def _parse_artifact_observable(
            self, observable: _ARTIFACT_TYPING, object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        if hasattr(observable, 'payload_bin'):
            data = observable.payload_bin
            value = getattr(observable, 'id', object_id.split(' - ')[0])
            yield self._populate_object_attribute_with_data(
                {'data': data, 'value': value.split('--')[1]},
                self._mapping.payload_bin_attribute(),
                **self._handle_object_id(
                    indicator_ref, observable.type, data,
                    f'{object_id} - payload_bin'
                )
            )
        if hasattr(observable, 'hashes'):
            for hash_type, value in observable.hashes.items():
                yield self._handle_hash_attribute(
                    indicator_ref, observable.type, hash_type, value, object_id
                )
        for field, mapping in self._mapping.artifact_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes_with_data(
                    observable, mapping, indicator_ref, field, object_id
                )

    def _parse_asn_observable(
            self, observable: _AUTONOMOUS_SYSTEM_TYPING,
            object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        asn_attribute = self._mapping.asn_attribute()
        AS_value = self._parse_AS_value(observable.number)
        yield self._populate_object_attribute(
            AS_value, asn_attribute, self._handle_object_id(
                indicator_ref, observable.type, AS_value,
                f"{object_id} - {asn_attribute['object_relation']}",
                value_to_check=observable.number
            )
        )
        if hasattr(observable, 'name'):
            description_attribute = self._mapping.description_attribute()
            yield self._populate_object_attribute(
                observable.name, description_attribute,
                self._handle_object_id(
                    indicator_ref, observable.type, observable.name,
                    f"{object_id} - {description_attribute['object_relation']}"
                )
            )

    def _parse_email_address_observable(
            self, observable: _EMAIL_ADDRESS_TYPING, field: str,
            object_id: str, indicator_ref: set | None | tuple) -> dict:
        indicator_id = self._check_indicator_references(
            indicator_ref, observable.type, observable.value
        )
        to_ids = bool(indicator_id)
        attribute = {
            'value': observable.value, 'to_ids': to_ids,
            **getattr(self._mapping, f'{field}_attribute')()
        }
        feature = f'{object_id} - {field} - {observable.value}'
        if to_ids:
            attribute['uuid'] = self.main_parser._create_v5_uuid(
                f"{' - '.join(indicator_id)} - {feature}"
            )
            return attribute
        if hasattr(observable, 'id'):
            attribute.update(
                self.main_parser._sanitise_attribute_uuid(object_id)
            )
            return attribute
        return {
            'uuid': self.main_parser._create_v5_uuid(feature), **attribute
        }

    def _parse_email_observable(
            self, observable: _EMAIL_MESSAGE_TYPING,
            object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        for field, mapping in self._mapping.email_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    observable, mapping, indicator_ref, field, object_id
                )
        if hasattr(observable, 'additional_header_fields'):
            mapping = self._mapping.email_additional_header_fields_mapping
            email_header = observable.additional_header_fields
            for field, mapping in mapping().items():
                if email_header.get(field):
                    yield from self._handle_object_attributes(
                        email_header, mapping, indicator_ref, field, object_id,
                        observable_type=observable.type
                    )

    def _parse_email_reference_observable(
            self, observable: _EMAIL_ADDRESS_TYPING,
            feature: str, object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        if hasattr(observable, 'display_name'):
            yield from self._handle_object_attributes(
                observable, getattr(self._mapping, f'{feature}_attribute')(),
                indicator_ref, 'value', object_id
            )
            yield from self._handle_object_attributes(
                observable,
                getattr(self._mapping, f'{feature}_display_name_attribute')(),
                indicator_ref, 'display_name', object_id
            )
        else:
            yield self._parse_email_address_observable(
                observable, feature, object_id, indicator_ref
            )

    def _parse_file_observable(
            self, observable: _FILE_TYPING, object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        if hasattr(observable, 'hashes'):
            for hash_type, value in observable.hashes.items():
                yield self._handle_hash_attribute(
                    indicator_ref, observable.type, hash_type, value, object_id
                )
        for field, mapping in self._mapping.file_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes_with_data(
                    observable, mapping, indicator_ref, field, object_id
                )

    def _parse_generic_observable(
            self, observable: _OBSERVABLE_TYPING,
            name: str, object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        feature = f'{name}_object_mapping'
        for field, mapping in getattr(self._mapping, feature)().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    observable, mapping, indicator_ref, field, object_id
                )

    def _parse_ip_observable(self, observable: _IP_OBSERVABLE_TYPING,
                             object_id: Optional[str] = None,
                             indicator_ref: set | None = None) -> dict:
        if object_id is None:
            object_id = observable.id
        indicator_id = self._check_indicator_references(
            indicator_ref, observable.type, observable.value
        )
        to_ids = bool(indicator_id)
        attribute = {
            'value': observable.value, 'to_ids': to_ids,
            **self._mapping.ip_attribute()
        }
        if object_id is None:
            attribute.update(
                self.main_parser._sanitise_attribute_uuid(observable.id)
            )
            return attribute
        if to_ids:
            object_id = f"{' - '.join(indicator_id)} - {object_id}"
        attribute['uuid'] = self.main_parser._create_v5_uuid(
            f'{object_id} - ip - {observable.value}'
        )
        return attribute

    def _parse_network_socket_observable(
            self, observable: _NETWORK_TRAFFIC_TYPING,
            object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        for protocol in observable.protocols:
            yield self._populate_object_attribute(
                self._mapping.protocol_attribute(), protocol.upper(), object_id
            )
        socket_extension = observable.extensions['socket-ext']
        mapping = self._mapping.network_socket_extension_mapping
        for field, attribute in mapping().items():
            if hasattr(socket_extension, field):
                yield from self._handle_object_attributes(
                    socket_extension, attribute, indicator_ref, field,
                    object_id, observable_type=observable.type
                )
        for feature in ('blocking', 'listening'):
            if getattr(socket_extension, f'is_{feature}', False):
                yield self._populate_object_attribute(
                    self._mapping.state_attribute(), feature, object_id
                )

    def _parse_network_traffic_observable(
            self, observable: _NETWORK_TRAFFIC_TYPING,
            object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        mapping = self._mapping.network_traffic_object_mapping()
        for field, attribute in mapping.items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    observable, attribute, indicator_ref, field, object_id
                )
        protocol_attribute = self._mapping.protocol_attribute()
        for protocol in observable.protocols:
            yield self._populate_object_attribute(
                protocol.upper(), protocol_attribute,
                self._handle_object_id(
                    indicator_ref, observable.type, protocol.upper(),
                    f"{object_id} - {protocol_attribute['object_relation']}",
                    value_to_check=protocol
                )
            )

    @staticmethod
    def _parse_network_traffic_observable_fields(
            observable: NetworkTraffic_v21) -> str:
        if getattr(observable, 'extensions', {}):
            if observable.extensions.get('http-request-ext'):
                return 'http-request'
            if observable.extensions.get('socket-ext'):
                return 'network-socket'
        return 'network-traffic'

    def _parse_network_traffic_reference_observable(
            self, asset: str, observable: _NETWORK_TRAFFIC_REFERENCE_TYPING,
            object_id: str, name: Optional[str] = 'network_traffic',
            indicator_ref: set | None = None) -> Iterator[dict]:
        attribute = getattr(self._mapping, f'{name}_reference_mapping')(
            f'{observable.type}_{asset}'
        )
        if attribute is not None:
            yield from self._handle_object_attributes(
                observable, attribute, indicator_ref, 'value', object_id
            )

    def _parse_pe_extension_observable(
            self, extension: _EXTENSION_TYPING, reference: str,
            indicator_ref: set | None) -> Iterator[dict]:
        if hasattr(extension, 'optional_header'):
            if hasattr(extension.optional_header, 'address_of_entry_point'):
                yield from self._handle_object_attributes(
                    extension.optional_header,
                    self._mapping.entrypoint_address_attribute(),
                    indicator_ref, 'address_of_entry_point', reference,
                    observable_type='file'
                )
        for field, mapping in self._mapping.pe_object_mapping().items():
            if hasattr(extension, field):
                yield from self._handle_object_attributes(
                    extension, mapping, indicator_ref, field, reference,
                    observable_type='file'
                )

    def _parse_pe_section_observable(
            self, section: _SECTION_TYPING, reference: str,
            indicator_ref: set | None) -> Iterator[dict]:
        for field, mapping in self._mapping.pe_section_object_mapping().items():
            if hasattr(section, field):
                yield from self._handle_object_attributes(
                    section, mapping, indicator_ref, field, reference,
                    observable_type='file'
                )
        if hasattr(section, 'hashes'):
            for hash_type, hash_value in section.hashes.items():
                yield self._handle_hash_attribute(
                    indicator_ref, 'file', hash_type, hash_value, reference
                )

    def _parse_process_observable(
            self, observable: _PROCESS_TYPING, object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        for field, mapping in self._mapping.process_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    observable, mapping, indicator_ref, field, object_id
                )
        if hasattr(observable, 'arguments'):
            value = ' '.join(observable.arguments)
            yield {
                **self._mapping.args_attribute(),
                'value': value, 'uuid': self.main_parser._create_v5_uuid(
                    f'{object_id} - args - {value}'
                )
            }
        if hasattr(observable, 'environment_variables'):
            value = ' - '.join(
                f'{key}: {value}' for key, value in
                observable.environment_variables.items()
            )
            yield {
                **self._mapping.environment_variables_attribute(),
                'value': value, 'uuid': self.main_parser._create_v5_uuid(
                    f'{object_id} - environment-variables - {value}'
                )
            }

    def _parse_registry_key_observable(
            self, observable: _REGISTRY_KEY_TYPING,
            object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        mapping = self._mapping.registry_key_object_mapping
        for field, attribute in mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    observable, attribute, indicator_ref, field, object_id
                )
        if len(observable.get('values', [])) == 1:
            key_value = observable['values'][0]
            values_mapping = self._mapping.registry_key_values_object_mapping
            for field, attribute in values_mapping().items():
                if hasattr(key_value, field):
                    yield from self._handle_object_attributes(
                        key_value, attribute, indicator_ref, field, object_id,
                        observable_type=observable.type
                    )

    def _parse_registry_key_value_observable(
            self, registry_value: _REGISTRY_VALUE_TYPING, object_id: str,
            indicator_ref: set | None) -> Iterator[dict]:
        mapping = self._mapping.registry_key_values_object_mapping
        for field, attribute in mapping().items():
            if hasattr(registry_value, field):
                value = getattr(registry_value, field)
                yield self._populate_object_attribute(
                    value, attribute, self._handle_object_id(
                        indicator_ref, 'windows-registry-key', value,
                        f"{object_id} - {attribute['object_relation']}",
                    )
                )

    def _parse_url_observable(
            self, observable: _URL_TYPING,  observed_data_id: str,
            indicator_ref: set | None = None) -> Iterator[dict]:
        object_id = getattr(observable, 'id', observed_data_id)
        for field, mapping in self._mapping.url_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    observable, mapping, indicator_ref, field, object_id
                )

    def _parse_user_account_observable(
            self, observable: _USER_ACCOUNT_TYPING,
            object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        user_account_mapping = self._mapping.user_account_object_mapping
        for field, attribute in user_account_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    observable, attribute, indicator_ref, field, object_id
                )
        if 'unix-account-ext' in getattr(observable, 'extensions', {}):
            extension = observable.extensions['unix-account-ext']
            mapping = self._mapping.unix_user_account_extension_object_mapping
            for field, attribute in mapping().items():
                if hasattr(extension, field):
                    yield from self._handle_object_attributes(
                        extension, attribute, indicator_ref, field, object_id,
                        observable_type=observable.type
                    )

    def _parse_x509_observable(
            self, observable: _X509_CERTIFICATE_TYPING,
            object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        if hasattr(observable, 'hashes'):
            for hash_type, hash_value in observable.hashes.items():
                yield self._handle_hash_attribute(
                    indicator_ref, observable.type, hash_type, hash_value,
                    object_id, 'x509'
                )
        for field, mapping in self._mapping.x509_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    observable, mapping, indicator_ref, field, object_id
                )


class InternalSTIX2ObservableMapping(
        STIX2ObservableMapping, InternalSTIX2Mapping):
    __attributes_mapping = Mapping(
        **{
            'AS': '_attribute_from_AS',
            'attachment': '_attribute_from_attachment',
            'domain': '_attribute_from_domain',
            'domain|ip': '_attribute_from_domain_ip',
            'email-attachment': '_attribute_from_email_attachment',
            'email-body': '_attribute_from_email_body',
            'email-header': '_attribute_from_email_header',
            'email-message-id': '_attribute_from_email_message_id',
            'email-reply-to': '_attribute_from_email_reply_to',
            'email-subject': '_attribute_from_email_subject',
            'email-x-mailer': '_attribute_from_email_x_mailer',
            'github-username': '_attribute_from_github_username',
            'hostname|port': '_attribute_from_hostname_port',
            'malware-sample': '_attribute_from_malware_sample',
            'regkey': '_attribute_from_regkey',
            'regkey|value': '_attribute_from_regkey_value',
            **dict.fromkeys(
                (
                    'domain', 'email', 'hostname', 'link', 'mac-address',
                    'mutex', 'uri', 'url'
                ),
                '_attribute_from_first'
            ),
            **dict.fromkeys(
                (
                    'authentihash', 'cdhash', 'imphash', 'impfuzzy', 'md5',
                    'pehash', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                    'sha512/224', 'sha512/256', 'sha3-224', 'sha3-256',
                    'sha3-384', 'sha3-512', 'ssdeep', 'telfhash', 'tlsh',
                    'vhash', 'x509-fingerprint-md5', 'x509-fingerprint-sha1',
                    'x509-fingerprint-sha256'
                ),
                '_attribute_from_hash'
            ),
            **dict.fromkeys(
                (
                    'filename|authentihash', 'filename|imphash',
                    'filename|impfuzzy', 'filename|md5', 'filename|pehash',
                    'filename|sha1', 'filename|sha224', 'filename|sha256',
                    'filename|sha384', 'filename|sha512', 'filename|sha512/224',
                    'filename|sha512/256', 'filename|sha3-224',
                    'filename|sha3-256', 'filename|sha3-384',
                    'filename|sha3-512', 'filename|ssdeep', 'filename|tlsh',
                    'filename|vhash'
                ),
                '_attribute_from_filename_hash'
            ),
            **dict.fromkeys(
                (
                    'ip-src|port', 'ip-dst|port'
                ),
                '_attribute_from_ip_port'
            ),
            **dict.fromkeys(
                (
                    'filename', 'mutex'
                ),
                '_attribute_from_name'
            ),
            **dict.fromkeys(
                (
                    'email-dst', 'email-src', 'ip-src', 'ip-dst'
                ),
                '_attribute_from_address'
            )
        }
    )

    __parent_process_object_mapping = Mapping(
        command_line=InternalSTIX2Mapping.parent_command_line_attribute(),
        name=InternalSTIX2Mapping.parent_process_name_attribute(),
        x_misp_process_name=InternalSTIX2Mapping.parent_process_name_attribute(),
        pid=InternalSTIX2Mapping.parent_pid_attribute(),
        x_misp_guid=InternalSTIX2Mapping.parent_guid_attribute(),
        x_misp_process_path=InternalSTIX2Mapping.parent_process_path_attribute()
    )

    @classmethod
    def attributes_mapping(cls, field: str) -> Union[str, None]:
        return cls.__attributes_mapping.get(field)

    @classmethod
    def network_connection_reference_mapping(cls, field: str) -> dict:
        return cls.network_traffic_references().get(field)

    @classmethod
    def parent_process_object_mapping(cls) -> dict:
        return cls.__parent_process_object_mapping


class InternalSTIX2ObservableConverter(
        STIX2ObservableConverter, InternalSTIX2Converter):
    def __init__(self, main):
        self._set_main_parser(main)
        self._mapping = InternalSTIX2ObservableMapping

    def _check_indicator_reference(
            self, object_id: str, *values: tuple[Any]) -> bool:
        indicator_references = self.indicator_references.get(object_id, [])
        return any(
            any(field in indicator_references for field in value.split('|'))
            if isinstance(value, str) and '|' in value
            else str(value) in indicator_references
            for value in values
        )

    def _handle_hash_attribute(self, hash_type: str, value: str, object_id: str,
                               mapping: Optional[str] = 'file') -> dict:
        mapping = getattr(self._mapping, f'{mapping}_hashes_mapping')(hash_type)
        if mapping is not None:
            return self._populate_object_attribute(
                value, mapping, self._handle_object_id(
                    value, object_id, mapping['object_relation']
                )
            )
        self._hash_type_error(hash_type)

    def _handle_object_attributes(self, mapping: dict, values: Any,
                                  object_id: str) -> Iterator[dict]:
        if isinstance(values, list):
            for value in values:
                yield self._populate_object_attribute(
                    value, mapping, self._handle_object_id(
                        value, object_id, mapping['object_relation']
                    )
                )
        else:
            yield self._populate_object_attribute(
                values, mapping, self._handle_object_id(
                    values, object_id, mapping['object_relation']
                )
            )

    def _handle_object_attribute_with_data(
            self, values: Any, mapping: dict, object_id: str) -> dict:
        object_uuid = self.main_parser._extract_uuid(object_id)
        if isinstance(values, dict):
            value = values['value']
            reference = f"{object_id} - {mapping['object_relation']} - {value}"
            to_ids = self._check_indicator_reference(
                object_uuid, value, values['data']
            )
            attribute = {'to_ids': to_ids, **mapping, **values}
            if to_ids:
                indicator_id = f'indicator--{object_uuid}'
                reference = f'{indicator_id} - {reference}'
                attribute['comment'] = f"Indicator ID: {indicator_id}"
            attribute['uuid'] = self.main_parser._create_v5_uuid(reference)
            return attribute
        reference = f"{object_id} - {mapping['object_relation']} - {values}"
        to_ids = self._check_indicator_reference(object_uuid, values)
        attribute = {'to_ids': to_ids, 'value': values, **mapping}
        if to_ids:
            indicator_id = f'indicator--{object_uuid}'
            reference = f'{indicator_id} - {reference}'
            attribute['comment'] = f"Indicator ID: {indicator_id}"
        attribute['uuid'] = self.main_parser._create_v5_uuid(reference)
        return attribute

    def _handle_object_attributes_with_data(
            self, mapping: dict, values: dict | str,
            object_id: str) -> Iterator[dict]:
        if isinstance(values, list):
            for value in values:
                yield self._handle_object_attribute_with_data(
                    value, mapping, object_id
                )
        else:
            yield self._handle_object_attribute_with_data(
                values, mapping, object_id
            )

    def _handle_object_id(
            self, value: Any, object_id: str, object_relation: str,
            value_to_check: Optional[str] = None, feature: Optional[str] = None,
            **attribute: dict[str, str | bool]) -> dict:
        object_uuid = self.main_parser._extract_uuid(object_id)
        reference = f'{feature or object_id} - {object_relation} - {value}'
        if self._check_indicator_reference(object_uuid, value_to_check or value):
            indicator_id = f'indicator--{object_uuid}'
            comment = f'Indicator ID: {indicator_id}'
            if attribute.get('comment'):
                comment = f"{comment} - {attribute.pop('comment')}"
            return {
                'to_ids': True, 'comment': comment, **attribute,
                'uuid': self.main_parser._create_v5_uuid(
                    f'{indicator_id} - {reference}'
                )
            }
        return {
            'to_ids': False, **attribute,
            'uuid': self.main_parser._create_v5_uuid(reference)
        }

    def _has_domain_custom_fields(self, observable: DomainName_v21) -> bool:
        for feature in self._mapping.domain_ip_object_mapping():
            if feature == 'value':
                continue
            if hasattr(observable, feature):
                return True
        return False

    def _parse_asn_observable(self, observable: _AUTONOMOUS_SYSTEM_TYPING,
                              object_id: str) -> Iterator[dict]:
        for field, mapping in self._mapping.asn_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    mapping, getattr(observable, field), object_id
                )

    def _parse_domain_ip_observable(
            self, observable: _DOMAIN_TYPING) -> Iterator[dict]:
        if self._has_domain_custom_fields(observable):
            mapping = self._mapping.domain_ip_object_mapping
            for field, attribute in mapping().items():
                if hasattr(observable, field):
                    yield from self._populate_object_attributes(
                        attribute, getattr(observable, field), observable.id
                    )
        else:
            yield {
                'value': observable.value,
                **self._mapping.domain_attribute(),
                **self.main_parser._sanitise_attribute_uuid(observable.id)
            }

    def _parse_email_observable(self, observable: _EMAIL_MESSAGE_TYPING,
                                object_id: str) -> Iterator[dict]:
        for field, mapping in self._mapping.email_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    mapping, getattr(observable, field), object_id
                )
        if hasattr(observable, 'additional_header_fields'):
            mapping = self._mapping.email_additional_header_fields_mapping
            email_header = observable.additional_header_fields
            for field, mapping in mapping().items():
                if email_header.get(field):
                    yield from self._handle_object_attributes(
                        mapping, email_header[field], object_id
                    )

    def _parse_email_reference_observable(
            self, observable: _EMAIL_ADDRESS_TYPING,
            feature: str, object_id: str) -> Iterator[dict]:
        yield from self._handle_object_attributes(
            getattr(self._mapping, f'{feature}_attribute')(),
            observable.value, object_id
        )
        if hasattr(observable, 'display_name'):
            yield from self._handle_object_attributes(
                getattr(self._mapping, f'{feature}_display_name_attribute')(),
                observable.display_name, object_id
            )

    def _parse_email_body_observable(
            self, observable: _EMAIL_ATTACHMENT_TYPING, feature: str,
            value: str, object_id: str) -> Iterator[dict]:
        if observable.type == 'file':
            attribute = {
                'value': observable.name,
                **getattr(self._mapping, f'{feature}_attribute')()
            }
            if hasattr(observable, 'id'):
                attribute.update(
                    self.main_parser._sanitise_attribute_uuid(
                        observable.id
                    )
                )
            else:
                attribute['uuid'] = self.main_parser._create_v5_uuid(
                    f"{object_id} - {feature.replace('_', '-')}"
                    f' - {observable.name}'
                )
            yield attribute
        else:
            content = {
                'value': value.split('=').strip("'"),
                'data': observable.payload_bin
            }
            mapping = f'{feature}_attribute'
            if hasattr(observable, 'id'):
                yield {
                    **content, **getattr(self._mapping, mapping)(),
                    'uuid': self.main_parser._sanitise_attribute_uuid(
                        observable.id
                    )
                }
            else:
                yield from self._handle_object_attributes_with_data(
                    getattr(self._mapping, mapping)(), content, object_id
                )

    def _parse_file_observable(
            self, observable: _FILE_TYPING, object_id: str) -> Iterator[dict]:
        if hasattr(observable, 'hashes'):
            for hash_type, value in observable.hashes.items():
                yield self._handle_hash_attribute(hash_type, value, object_id)
        for field, mapping in self._mapping.file_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes_with_data(
                    mapping, getattr(observable, field), object_id
                )

    def _parse_file_parent_observable(self, observable: _DIRECTORY_TYPING,
                                      observed_data_id: str) -> dict:
        if hasattr(observable, 'id'):
            return {
                'value': observable.path, **self._mapping.path_attribute(),
                **self.main_parser._sanitise_attribute_uuid(observable.id)
            }
        return {
            'value': observable.path, **self._mapping.path_attribute(),
            'uuid': self.main_parser._create_v5_uuid(
                f'{observed_data_id} - path - {observable.path}'
            )
        }

    def _parse_generic_observable(self, observable: _OBSERVABLE_TYPING,
                                  name: str, object_id: str) -> Iterator[dict]:
        feature = f'{name}_object_mapping'
        for field, mapping in getattr(self._mapping, feature)().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    mapping, getattr(observable, field), object_id
                )

    def _parse_artifact_observable(
            self, observable: _ARTIFACT_TYPING, object_id: str) -> Iterator[dict]:
        if hasattr(observable, 'payload_bin'):
            value = getattr(observable, 'id', object_id.split(' - ')[0])
            yield self._handle_object_attribute_with_data(
                {'value': value.split('--')[1], 'data': observable.payload_bin},
                self._mapping.payload_bin_attribute(), object_id
            )
        if hasattr(observable, 'hashes'):
            for hash_type, hash_value in observable.hashes.items():
                yield self._handle_hash_attribute(
                    hash_type, hash_value, object_id
                )
        for field, mapping in self._mapping.artifact_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    mapping, getattr(observable, field), object_id
                )

    def _parse_hashlookup_observable(
            self, observable: _FILE_TYPING, object_id: str) -> Iterator[dict]:
        if hasattr(observable, 'hashes'):
            for hash_type, value in observable.hashes.items():
                yield self._handle_hash_attribute(
                    hash_type, value, object_id, mapping='hashlookup'
                )
        for field, mapping in self._mapping.hashlookup_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    mapping, getattr(observable, field), object_id
                )

    def _parse_generic_observable_with_data(
            self, observable: _USER_ACCOUNT_TYPING,
            name: str, observed_data_id: str) -> Iterator[dict]:
        feature = f'{name}_object_mapping'
        object_id = getattr(observable, 'id', observed_data_id)
        for feature, mapping in getattr(self._mapping, feature)().items():
            if hasattr(observable, feature):
                yield from self._handle_object_attributes_with_data(
                    mapping, getattr(observable, feature), object_id
                )

    def _parse_http_request_observable(
            self, extension: _HTTP_REQUEST_EXTENSION_TYPING,
            object_id: str) -> Iterator[dict]:
        mapping = self._mapping.http_request_extension_mapping
        for field, attribute in mapping().items():
            if hasattr(extension, field):
                yield from self._handle_object_attributes(
                    attribute, getattr(extension, field), object_id
                )
        if hasattr(extension, 'request_header'):
            mapping = self._mapping.http_request_header_mapping
            for field, attribute in mapping().items():
                if extension.request_header.get(field):
                    yield from self._handle_object_attributes(
                        attribute, extension.request_header[field], object_id
                    )

    def _parse_image_attachment_observable(
            self, observable: _ARTIFACT_TYPING,
            observed_data_id: str) -> Iterator[dict]:
        attribute = {
            'value': observable.x_misp_filename, 'data': observable.payload_bin
        }
        yield from self._handle_object_attributes_with_data(
            self._mapping.attachment_attribute(),
            attribute, observed_data_id
        )
        if hasattr(observable, 'x_misp_url'):
            yield from self._populate_object_attributes(
                self._mapping.url_attribute(),
                observable.x_misp_url, observed_data_id
            )
    
    def _parse_image_url_observable(self, observable: _ARTIFACT_TYPING,
                                    observed_data_id: str) -> Iterator[dict]:
        if hasattr(observable, 'id'):
            yield {
                'value': observable.url, **self._mapping.url_attribute(),
                'uuid': self.main_parser._sanitise_attribute_uuid(observable.id)
            }
        else:
            yield from self._populate_object_attributes(
                self._mapping.url_attribute(), observable.url, observed_data_id
            )

    def _parse_lnk_observable(self, observable: _FILE_TYPING,
                              object_id: str) -> Iterator[dict]:
        if hasattr(observable, 'hashes'):
            for hash_type, value in observable.hashes.items():
                yield self._handle_hash_attribute(hash_type, value, object_id)
        for field, mapping in self._mapping.lnk_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    mapping, getattr(observable, field), object_id
                )

    def _parse_netflow_observable(self, observable: _NETWORK_TRAFFIC_TYPING,
                                  object_id: str) -> Iterator[dict]:
        for feature, mapping in self._mapping.netflow_object_mapping().items():
            if hasattr(observable, feature):
                yield from self._handle_object_attributes(
                    mapping, getattr(observable, feature), object_id
                )
        protocols = {protocol: False for protocol in observable.protocols}
        if hasattr(observable, 'extensions'):
            if observable.extensions.get('tcp-ext'):
                tcp_extension = observable.extensions['tcp-ext']
                yield from self._handle_object_attributes(
                    self._mapping.tcp_flags_attribute(),
                    tcp_extension.src_flags_hex, object_id
                )
                if 'tcp' in protocols:
                    protocols['tcp'] = True
            if observable.extensions.get('icmp-ext'):
                icmp_extension = observable.extensions['icmp-ext']
                yield from self._handle_object_attributes(
                    self._mapping.icmp_type_attribute(),
                    icmp_extension.icmp_type_hex, object_id
                )
                if 'icmp' in protocols:
                    protocols['icmp'] = True
        attribute = self._mapping.protocol_attribute()
        for protocol, present in protocols.items():
            if not present:
                value = protocol.upper()
                yield self._populate_object_attribute(
                    value, attribute, self._handle_object_id(
                        value, object_id, attribute['object_relation']
                    )
                )
                break
        else:
            if len(protocols) == 1:
                value = list(protocols.keys())[0].upper()
                yield self._populate_object_attribute(
                    value, attribute, self._handle_object_id(
                        value, object_id, attribute['object_relation']
                    )
                )

    def _parse_netflow_references(
            self, feature: str, object_id: str,
            *systems: Iterator[_AUTONOMOUS_SYSTEM_TYPING]) -> Iterator[dict]:
        as_attribute = getattr(self._mapping, f'{feature}_as_attribute')()
        for observable in systems:
            value = self._parse_AS_value(observable.number)
            yield self._populate_object_attribute(
                value, as_attribute, self._handle_object_id(
                    value, object_id, as_attribute['object_relation']
                )
            )

    def _parse_network_connection_observable(
            self, observable: _NETWORK_TRAFFIC_TYPING,
            object_id: str) -> Iterator[dict]:
        for protocol in observable.protocols:
            layer = self._mapping.connection_protocols(protocol)
            if layer is None:
                self.main_parser._unknown_network_protocol_warning(
                    protocol, object_id, 'Observed Data'
                )
                continue
            value = protocol.upper()
            feature = f'layer{layer}_protocol_attribute'
            attribute = getattr(self._mapping, feature)()
            yield self._populate_object_attribute(
                value, attribute, self._handle_object_id(
                    value, object_id, attribute['object_relation']
                )
            )

    def _parse_network_socket_observable(
            self, observable: _NETWORK_TRAFFIC_TYPING,
            object_id: str) -> Iterator[dict]:
        protocol_mapping = self._mapping.protocol_attribute()
        for protocol in observable.protocols:
            value = protocol.upper()
            yield self._populate_object_attribute(
                value, protocol_mapping, self._handle_object_id(
                    value, object_id, protocol_mapping['object_relation']
                )
            )
        socket_extension = observable.extensions['socket-ext']
        mapping = self._mapping.network_socket_extension_mapping
        for field, attribute in mapping().items():
            if hasattr(socket_extension, field):
                yield from self._handle_object_attributes(
                    attribute, getattr(socket_extension, field), object_id
                )
        for feature in ('blocking', 'listening'):
            if getattr(socket_extension, f'is_{feature}', False):
                mapping = self._mapping.state_attribute()
                yield self._populate_object_attribute(
                    feature, mapping, self._handle_object_id(
                        feature, object_id, mapping['object_relation']
                    )
                )

    def _parse_network_traffic_observable(
            self, observable: _NETWORK_TRAFFIC_TYPING,
            object_id: Optional[str] = None,
            indicator_ref: set | None = None) -> Iterator[dict]:
        if object_id is None:
            object_id = observable.id
        mapping = self._mapping.network_traffic_object_mapping()
        for field, attribute in mapping.items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    observable, attribute, indicator_ref, field, object_id
                )
        protocol_attribute = self._mapping.protocol_attribute()
        for protocol in observable.protocols:
            yield self._populate_object_attribute(
                protocol.upper(), protocol_attribute,
                self._handle_object_id(
                    indicator_ref, protocol.upper(),
                    f"{object_id} - {protocol_attribute['object_relation']}",
                    value_to_check=protocol
                )
            )

    def _parse_network_traffic_reference_observable(
            self, asset: str, observable: _NETWORK_TRAFFIC_REFERENCE_TYPING,
            object_id: str, name: Optional[str] = 'network_traffic') -> Iterator[dict]:
        attribute = getattr(self._mapping, f'{name}_reference_mapping')(
            f'{observable.type}_{asset}'
        )
        if attribute is not None:
            yield from self._handle_object_attributes(
                attribute, observable.value, object_id
            )

    def _parse_pe_extension_observable(self, extension: _EXTENSION_TYPING,
                                       object_id: str) -> Iterator[dict]:
        feature = f'{object_id} - windows-pebinary-ext'
        if hasattr(extension, 'optional_header'):
            if hasattr(extension.optional_header, 'address_of_entry_point'):
                mapping = self._mapping.entrypoint_address_attribute()
                value = extension.optional_header.address_of_entry_point
                yield self._populate_object_attribute(
                    value, mapping, self._handle_object_id(
                        value, object_id, mapping['object_relation'],
                        feature=feature
                    )
                )
        for field, mapping in self._mapping.pe_object_mapping().items():
            if hasattr(extension, field):
                value = getattr(extension, field)
                yield self._populate_object_attribute(
                    value, mapping, self._handle_object_id(
                        value, object_id, mapping['object_relation'],
                        feature=feature
                    )
                )

    def _parse_pe_section_observable(self, section: _SECTION_TYPING, index: int,
                                     object_id: str,) -> Iterator[dict]:
        feature = f'{object_id} - windows-pebinary-ext - sections - {index}'
        for field, mapping in self._mapping.pe_section_object_mapping().items():
            if hasattr(section, field):
                value = getattr(section, field)
                yield self._populate_object_attribute(
                    value, mapping, self._handle_object_id(
                        value, object_id, mapping['object_relation'],
                        feature=feature
                    )
                )
        if hasattr(section, 'hashes'):
            for hash_type, hash_value in section.hashes.items():
                mapping = self._mapping.file_hashes_mapping(hash_type)
                if mapping is not None:
                    yield self._populate_object_attribute(
                        hash_value, mapping, self._handle_object_id(
                            hash_value, object_id, mapping['object_relation'],
                            feature=feature
                        )
                    )
                    continue
                self._hash_type_error(hash_type)

    def _parse_process_observable(self, observable: _PROCESS_TYPING,
                                  object_id: str) -> Iterator[dict]:
        for field, mapping in self._mapping.process_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    mapping, getattr(observable, field), object_id
                )
        if hasattr(observable, 'arguments'):
            value = ' '.join(observable.arguments)
            yield {
                **self._mapping.args_attribute(),
                'value': value, 'uuid': self.main_parser._create_v5_uuid(
                    f'{object_id} - args - {value}'
                )
            }
        if hasattr(observable, 'environment_variables'):
            value = ' - '.join(
                f'{key}: {value}' for key, value in
                observable.environment_variables.items()
            )
            yield {
                **self._mapping.environment_variables_attribute(),
                'value': value, 'uuid': self.main_parser._create_v5_uuid(
                    f'{object_id} - environment-variables - {value}'
                )
            }

    def _parse_registry_key_observable(self, observable: _REGISTRY_KEY_TYPING,
                                       object_id: str) -> Iterator[dict]:
        mapping = self._mapping.registry_key_object_mapping
        for field, attribute in mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    attribute, getattr(observable, field), object_id
                )
        if len(observable.get('values', [])) == 1:
            key_value = observable['values'][0]
            values_mapping = self._mapping.registry_key_values_object_mapping
            for field, attribute in values_mapping().items():
                if hasattr(key_value, field):
                    yield from self._handle_object_attributes(
                        attribute, getattr(key_value, field), object_id
                    )

    def _parse_x509_observable(self, observable: _X509_CERTIFICATE_TYPING,
                               object_id: str) -> Iterator[dict]:
        if hasattr(observable, 'hashes'):
            for hash_type, hash_value in observable.hashes.items():
                yield self._handle_hash_attribute(
                    hash_type, hash_value, object_id, 'x509'
                )
        for field, mapping in self._mapping.x509_object_mapping().items():
            if hasattr(observable, field):
                yield from self._handle_object_attributes(
                    mapping, getattr(observable, field), object_id
                )
