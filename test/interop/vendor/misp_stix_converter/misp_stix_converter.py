# -*- coding: utf-8 -*-
#!/usr/bin/env python3

import json
import os
import urllib3
from .misp2stix.misp_to_stix1 import (
    MISPtoSTIX1AttributesParser, MISPtoSTIX1EventsParser)
from .misp2stix.misp_to_stix20 import MISPtoSTIX20Parser
from .misp2stix.misp_to_stix21 import MISPtoSTIX21Parser
from .stix2misp.importparser import MISP_org_uuid
from .tools.stix1_framing import (
    stix1_attributes_framing, stix1_framing, _create_stix_package)
from .tools.stix1_loading_helpers import load_stix1_package
from .tools.stix1_to_misp_helpers import get_stix1_parser, is_stix1_from_misp
from .tools.stix1_writing_helpers import (
    write_campaigns, write_courses_of_action, write_events, write_indicators,
    write_observables, write_threat_actors, write_ttps, _write_raw_stix)
from .tools.stix2_loading_helpers import load_stix2_file
from .tools.stix2_to_misp_helpers import get_stix2_parser, is_stix2_from_misp
from collections import defaultdict
from pathlib import Path
from pymisp import MISPEvent, PyMISP, PyMISPError
from stix2.base import STIXJSONEncoder
from stix2.v20 import Bundle as Bundle_v20
from stix2.v21 import Bundle as Bundle_v21
from typing import List, Optional, Union
from uuid import uuid4

urllib3.disable_warnings()

_default_namespace = 'https://misp-project.org'
_default_org = 'MISP'
_files_type = Union[Path, str]
_STIX1_default_format = 'xml'
_STIX1_default_version = '1.1.1'
_STIX1_features = (
    'campaigns', 'courses_of_action', 'exploit_targets',
    'indicators', 'observables', 'threat_actors', 'ttps'
)
_STIX1_valid_formats = ('json', 'xml')
_STIX1_valid_versions = ('1.1.1', '1.2')
_STIX2_default_version = '2.1'
_STIX2_valid_versions = ('2.0', '2.1')


################################################################################
#                         MISP to STIX MAIN FUNCTIONS.                         #
################################################################################

_STIX1_feature_frames: dict[str, dict[str, tuple[str, str]]] = {
    'campaigns': {
        'xml': ('    <stix:Campaigns>\n', '    </stix:Campaigns>\n'),
        'json': ('"campaigns": [', '], '),
    },
    'courses_of_action': {
        'xml': ('    <stix:Courses_Of_Action>\n', '    </stix:Courses_Of_Action>\n'),
        'json': ('"courses_of_action": [', '], '),
    },
    'exploit_targets': {
        'xml': ('    <stix:ExploitTargets>\n', '    </stix:ExploitTargets>\n'),
        'json': ('"exploit_targets": {"exploit_targets": [', ']}, '),
    },
    'indicators': {
        'xml': ('    <stix:Indicators>\n', '    </stix:Indicators>\n'),
        'json': ('"indicators": [', '], '),
    },
    'observables': {
        'xml': ('    <stix:Observables>\n', '    </stix:Observables>\n'),
        'json': ('"observables": {"observables": [', ']}, '),
    },
    'threat_actors': {
        'xml': ('    <stix:ThreatActors>\n', '    </stix:ThreatActors>\n'),
        'json': ('"threat_actors": [', '], '),
    },
    'ttps': {
        'xml': ('    <stix:TTPs>\n', '    </stix:TTPs>\n'),
        'json': ('"ttps": {"ttps": [', ']}, '),
    },
}


class AttributeCollectionHandler:
    def __init__(self, return_format: str):
        self._return_format = return_format
        self._filenames: dict[str, str] = {}

    @property
    def return_format(self) -> str:
        return self._return_format

    @property
    def features(self) -> dict:
        return self._filenames

    def set_feature(self, feature: str, stem) -> str:
        path = f'{stem}.{self._return_format}'
        self._filenames[feature] = path
        return path

    def get_filename(self, feature: str) -> str | None:
        return self._filenames.get(feature)

    def header(self, feature: str) -> str:
        return _STIX1_feature_frames[feature][self._return_format][0]

    def footer(self, feature: str) -> str:
        return _STIX1_feature_frames[feature][self._return_format][1]


def misp_attribute_collection_to_stix1(
        *input_files: List[_files_type], debug: Optional[bool] = False,
        return_format: Optional[str] = _STIX1_default_format,
        namespace: Optional[str] = _default_namespace,
        org: Optional[str] = _default_org,
        version: Optional[str] = _STIX1_default_version,
        in_memory: Optional[bool] = False,
        single_output: Optional[bool] = False,
        output_dir: Optional[_files_type] = None,
        output_name: Optional[_files_type] = None) -> dict:
    if return_format not in _STIX1_valid_formats:
        return_format = _STIX1_default_format
    if version not in _STIX1_valid_versions:
        version = _STIX1_default_version
    parser = MISPtoSTIX1AttributesParser(org, version)
    if len(input_files) == 1:
        try:
            filename = input_files[0]
            if isinstance(filename, str):
                filename = Path(filename).resolve()
            parser.parse_json_file(filename)
            name = _check_filename(
                filename.parent, f'{filename.name}.out', output_dir, output_name
            )
            _write_raw_stix(
                parser.stix_package, name, namespace, org, return_format
            )
            return _generate_traceback(debug, parser, name)
        except Exception as exception:
            return {'fails': [f'{filename} -  {exception.__str__()}']}
    traceback = defaultdict(list)
    if single_output:
        stix_package = _create_stix_package(org, version)
        name = _check_filename(
            Path(__file__).resolve().parent / 'tmp',
            f'{stix_package.id_}.stix1.{return_format}',
            output_dir, output_name
        )
        if in_memory:
            for filename in input_files:
                try:
                    parser.parse_json_file(filename)
                    current = parser.stix_package
                    for campaign in current.campaigns:
                        stix_package.add_campaign(campaign)
                    for course_of_action in current.courses_of_action:
                        stix_package.add_course_of_action(course_of_action)
                    for exploit_target in current.exploit_targets:
                        stix_package.add_exploit_target(exploit_target)
                    for indicator in current.indicators:
                        stix_package.add_indicator(indicator)
                    for observable in current.observables:
                        stix_package.add_observable(observable)
                    for threat_actor in current.threat_actors:
                        stix_package.add_threat_actor(threat_actor)
                    if current.ttps is not None:
                        for ttp in current.ttps:
                            stix_package.add_ttp(ttp)
                except Exception as exception:
                    traceback['fails'].append(f'{filename} - {exception.__str__()}')
            if any(filename not in traceback.get('fails', []) for filename in input_files):
                _write_raw_stix(
                    stix_package, name, namespace, org, return_format
                )
                traceback.update(_generate_traceback(debug, parser, name))
            return traceback
        handler = AttributeCollectionHandler(return_format)
        tmp_path = name.parent
        for filename in input_files:
            try:
                parser.parse_json_file(filename)
                package = parser.stix_package
                for feature in _STIX1_features:
                    values = getattr(package, feature)
                    if values:
                        content = globals()[f'write_{feature}'](values, return_format)
                        if not content.strip():
                            continue
                        filename = handler.get_filename(feature)
                        if filename is None:
                            filename = handler.set_feature(feature, uuid4())
                            with open(tmp_path / filename, 'wt', encoding='utf-8') as f:
                                f.write(f'{handler.header(feature)}{content}')
                            continue
                        with open(tmp_path / filename, 'at', encoding='utf-8') as f:
                            f.write(content)
            except Exception as exception:
                traceback['fails'].append(f'{filename} - {exception.__str__()}')
        if any(filename not in traceback.get('fails', []) for filename in input_files):
            header, _, footer = stix1_attributes_framing(
                namespace, org, return_format, stix_package.version
            )
            with open(name, 'wt', encoding='utf-8') as result:
                result.write(header)
                for feature, filename in handler.features.items():
                    with open(tmp_path / filename, 'rt', encoding='utf-8') as current:
                        content = current.read() if return_format == 'xml' else current.read()[:-2]
                    current_footer = handler.footer(feature)
                    if return_format == 'json' and feature == list(handler.features)[-1]:
                        current_footer = current_footer[:-2]
                    result.write(f'{content}{current_footer}')
                    os.remove(tmp_path / filename)
                result.write(footer)
            traceback.update(_generate_traceback(debug, parser, name))
        return traceback
    output_names = []
    for filename in input_files:
        try:
            if isinstance(filename, str):
                filename = Path(filename).resolve()
            parser.parse_json_file(filename)
            name = _check_output(
                filename.parent, f'{filename.name}.out', output_dir
            )
            _write_raw_stix(
                parser.stix_package, name, namespace, org, return_format
            )
            output_names.append(name)
        except Exception as exception:
            traceback['fails'].append(f'{filename} - {exception.__str__()}')
    if output_names:
        traceback.update(_generate_traceback(debug, parser, *output_names))
    return traceback


def misp_event_collection_to_stix1(
        *input_files: List[_files_type], debug: Optional[bool] = False,
        return_format: Optional[str] = _STIX1_default_format,
        namespace: Optional[str] = _default_namespace,
        org: Optional[str] = _default_org,
        version: Optional[str] = _STIX1_default_version,
        in_memory: Optional[bool] = False,
        single_output: Optional[bool] = False,
        output_dir: Optional[_files_type] = None,
        output_name: Optional[_files_type] = None) -> dict:
    if return_format not in _STIX1_valid_formats:
        return_format = _STIX1_default_format
    if version not in _STIX1_valid_versions:
        version = _STIX1_default_version
    _write_args = (namespace, org, return_format)
    parser = MISPtoSTIX1EventsParser(org, version)
    if len(input_files) == 1:
        filename = input_files[0]
        try:
            if not isinstance(filename, Path):
                filename = Path(filename).resolve()
            parser.parse_json_file(filename)
            name = _check_filename(
                filename.parent, f'{filename.name}.out', output_dir, output_name
            )
            _write_raw_stix(parser.stix_package, name, *_write_args)
            return _generate_traceback(debug, parser, name)
        except Exception as exception:
            return {'fails': [f'{filename} - {exception.__str__()}']}
    traceback = defaultdict(list)
    if single_output:
        stix_package = _create_stix_package(org, version, header=False)
        name = _check_filename(
            Path(__file__).resolve().parent / 'tmp',
            f'{stix_package.id_}.stix1.{return_format}',
            output_dir, output_name
        )
        if in_memory:
            for filename in input_files:
                try:
                    if not isinstance(filename, Path):
                        filename = Path(filename).resolve()
                    parser.parse_json_file(filename)
                    if parser.stix_package.related_packages is not None:
                        for related_package in parser.stix_package.related_packages:
                            stix_package.add_related_package(related_package)
                    else:
                        stix_package.add_related_package(parser.stix_package)
                except Exception as exception:
                    traceback['fails'].append(f'{filename} - {exception.__str__()}')
            if any(filename not in traceback.get('fails', []) for filename in input_files):
                _write_raw_stix(stix_package, name, *_write_args)
                traceback.update(_generate_traceback(debug, parser, name))
            return traceback
        header, separator, footer = stix1_framing(
            namespace, org, return_format, stix_package.version
        )
        filename = input_files[0]
        try:
            if not isinstance(filename, Path):
                filename = Path(filename).resolve()
            parser.parse_json_file(filename)
            content = write_events(parser.stix_package, return_format)
            with open(name, 'wt', encoding='utf-8') as f:
                f.write(f'{header}{content}')
        except Exception as exception:
            traceback['fails'].append(filename)
        for filename in input_files[1:]:
            try:
                if not isinstance(filename, Path):
                    filename = Path(filename).resolve()
                parser.parse_json_file(filename)
                content = write_events(parser.stix_package, return_format)
                with open(name, 'at', encoding='utf-8') as f:
                    f.write(f'{separator}{content}')
            except Exception as exception:
                traceback['fails'].append(f'{filename} - {exception.__str__()}')
        with open(name, 'at', encoding='utf-8') as f:
            f.write(footer)
        traceback.update(_generate_traceback(debug, parser, name))
        return traceback
    output_names = []
    for filename in input_files:
        try:
            if not isinstance(filename, Path):
                filename = Path(filename).resolve()
            parser.parse_json_file(filename)
            name = _check_output(
                filename.parent, f'{filename.name}.out', output_dir
            )
            _write_raw_stix(parser.stix_package, name, *_write_args)
            output_names.append(name)
        except Exception as exception:
            traceback['fails'].append(f'{filename} - {exception.__str__()}')
    if output_names:
        traceback.update(_generate_traceback(debug, parser, *output_names))
    return traceback


def misp_collection_to_stix2(
        *input_files: List[_files_type], debug: Optional[bool] = False,
        version: Optional[str] = _STIX2_default_version,
        in_memory: Optional[bool] = False,
        single_output: Optional[bool] = False,
        output_dir: Optional[_files_type] = None,
        output_name: Optional[_files_type] = None) -> dict:
    if version not in _STIX2_valid_versions:
        version = _STIX2_default_version
    parser = MISPtoSTIX21Parser() if version == '2.1' else MISPtoSTIX20Parser()
    if len(input_files) == 1:
        filename = input_files[0]
        try:
            if not isinstance(filename, Path):
                filename = Path(filename).resolve()
            parser.parse_json_file(filename)
            name = _check_filename(
                filename.parent, f'{filename.name}.out', output_dir, output_name
            )
            with open(name, 'wt', encoding='utf-8') as f:
                f.write(parser.bundle.serialize(indent=4))
            return _generate_traceback(debug, parser, name)
        except Exception as exception:
            return {'fails': [f'{filename} - {exception.__str__()}']}
    traceback = defaultdict(list)
    if single_output:
        if in_memory:
            for filename in input_files:
                try:
                    if not isinstance(filename, Path):
                        filename = Path(filename).resolve()
                    parser.parse_json_file(filename)
                except Exception as exception:
                    traceback['fails'].append(f'{filename} - {exception.__str__()}')
            if any(filename not in traceback.get('fails', []) for filename in input_files):
                bundle = parser.bundle
                name = _check_filename(
                    Path(__file__).resolve().parents[1] / 'tmp',
                    f"{bundle.id.split('--')[1]}.stix"
                    f"{version.replace('.', '')}.json",
                    output_dir, output_name
                )
                with open(name, 'wt', encoding='utf-8') as f:
                    f.write(bundle.serialize(indent=4))
                traceback.update(_generate_traceback(debug, parser, name))
            return traceback
        bundle = Bundle_v21() if version == '2.1' else Bundle_v20()
        name = _check_filename(
            Path(__file__).resolve().parents[1] / 'tmp',
            f"{bundle.id.split('--')[1]}.stix{version.replace('.', '')}.json",
            output_dir, output_name
        )
        with open(name, 'wt', encoding='utf-8') as f:
            f.write(f'{bundle.serialize(indent=4)[:-2]},\n    "objects": [\n')
        written = False
        try:
            filename = input_files[0]
            if not isinstance(filename, Path):
                filename = Path(filename).resolve()
            parser.parse_json_file(filename)
            stix_objects = json.dumps(
                [parser.fetch_stix_objects], cls=STIXJSONEncoder, indent=4
            )
            with open(name, 'at', encoding='utf-8') as f:
                f.write(stix_objects[8:-8])
            written = True
        except Exception as exception:
            traceback['fails'].append(f'{filename} - {exception.__str__()}')
        for filename in input_files[1:]:
            try:
                if not isinstance(filename, Path):
                    filename = Path(filename).resolve()
                parser.parse_json_file(filename)
                stix_objects = json.dumps(
                    [parser.fetch_stix_objects], cls=STIXJSONEncoder, indent=4
                )
                separator = ',\n' if written else ''
                with open(name, 'at', encoding='utf-8') as f:
                    f.write(f"{separator}{stix_objects[8:-8]}")
                written = True
            except Exception as exception:
                traceback['fails'].append(f'{filename} - {exception.__str__()}')
        if written:
            with open(name, 'at', encoding='utf-8') as f:
                f.write('\n    ]\n}')
            traceback.update(_generate_traceback(debug, parser, name))
        else:
            name.unlink(missing_ok=True)
        return traceback
    output_names = []
    for filename in input_files:
        try:
            if not isinstance(filename, Path):
                filename = Path(filename).resolve()
            parser.parse_json_file(filename)
            name = _check_output(
                filename.parent, f'{filename.name}.out', output_dir
            )
            with open(name, 'wt', encoding='utf-8') as f:
                f.write(parser.bundle.serialize(indent=4))
            output_names.append(name)
        except Exception as exception:
            traceback['fails'].append(f'{filename} - {exception.__str__()}')
    if output_names:
        traceback.update(_generate_traceback(debug, parser, *output_names))
    return traceback


def misp_to_stix1(
        filename: _files_type, debug: Optional[bool] = False,
        return_format: Optional[str] = _STIX1_default_format,
        namespace: Optional[str] = _default_namespace,
        org: Optional[str] = _default_org,
        version: Optional[str] = _STIX1_default_version,
        output_dir: Optional[_files_type] = None,
        output_name: Optional[_files_type] = None) -> dict:
    if return_format not in _STIX1_valid_formats:
        return_format = _STIX1_default_format
    if version not in _STIX1_valid_versions:
        version = _STIX1_default_version
    parser = MISPtoSTIX1EventsParser(org, version)
    try:
        if not isinstance(filename, Path):
            filename = Path(filename).resolve()
        parser.parse_json_file(filename)
        name = _check_filename(
            filename.parent, f'{filename.name}.out', output_dir, output_name
        )
        _write_raw_stix(
            parser.stix_package, name, namespace, org, return_format
        )
    except Exception as exception:
        return {'fails': [f'{filename} - {exception.__str__()}']}
    return _generate_traceback(debug, parser, name)


def misp_to_stix2(filename: _files_type, debug: Optional[bool] = False,
                  version: Optional[str] = _STIX2_default_version,
                  output_dir: Optional[_files_type] = None,
                  output_name: Optional[_files_type] = None) -> dict:
    if version not in _STIX2_valid_versions:
        version = _STIX2_default_version
    parser = MISPtoSTIX21Parser() if version == '2.1' else MISPtoSTIX20Parser()
    try:
        if not isinstance(filename, Path):
            filename = Path(filename).resolve()
        parser.parse_json_file(filename)
        name = _check_filename(
            filename.parent, f'{filename.name}.out', output_dir, output_name
        )
        with open(name, 'wt', encoding='utf-8') as f:
            f.write(json.dumps(parser.bundle, cls=STIXJSONEncoder, indent=4))
    except Exception as exception:
        return {'fails': [f'{filename} - {exception.__str__()}']}
    return _generate_traceback(debug, parser, name)


################################################################################
#                         STIX to MISP MAIN FUNCTIONS.                         #
################################################################################

def stix_1_to_misp(filename: _files_type,
                   cluster_distribution: Optional[int] = 0,
                   cluster_sharing_group_id: Optional[int] = None,
                   debug: Optional[bool] = False,
                   distribution: Optional[int] = 0,
                   force_contextual_data: Optional[bool] = False,
                   galaxies_as_tags: Optional[bool] = False,
                   organisation_uuid: Optional[str] = MISP_org_uuid,
                   output_dir: Optional[_files_type]=None,
                   output_name: Optional[_files_type]=None,
                   producer: Optional[str] = None,
                   sharing_group_id: Optional[int] = None,
                   single_event: Optional[bool] = False,
                   title: Optional[str] = None) -> dict:
    if isinstance(filename, str):
        filename = Path(filename).resolve()
    try:
        stix_package = load_stix1_package(filename)
    except Exception as error:
        return {'errors': [f'{filename} -  {error.__str__()}']}
    parser, args = get_stix1_parser(
        is_stix1_from_misp(stix_package), distribution, sharing_group_id,
        title, producer, force_contextual_data, galaxies_as_tags, single_event,
        organisation_uuid, cluster_distribution, cluster_sharing_group_id
    )
    stix_parser = parser()
    stix_parser.load_stix_package(stix_package)
    stix_parser.parse_stix_package(**args)
    if output_dir is None:
        output_dir = filename.parent
    if stix_parser.single_event:
        name = _check_filename(
            filename.parent, f'{filename.name}.out', output_dir, output_name
        )
        with open(name, 'wt', encoding='utf-8') as f:
            f.write(stix_parser.misp_event.to_json(indent=4))
        return _generate_traceback(debug, stix_parser, name)
    output_names = []
    for misp_event in stix_parser.misp_events:
        output = output_dir / f'{filename.name}.{misp_event.uuid}.misp.out'
        with open(output, 'wt', encoding='utf-8') as f:
            f.write(misp_event.to_json(indent=4))
        output_names.append(output)
    return _generate_traceback(debug, stix_parser, *output_names)


def stix1_to_misp_instance(misp: PyMISP, filename: _files_type,
                           cluster_distribution: Optional[int] = 0,
                           cluster_sharing_group_id: Optional[int] = None,
                           debug: Optional[bool] = False,
                           distribution: Optional[int] = 0,
                           force_contextual_data: Optional[bool] = False,
                           galaxies_as_tags: Optional[bool] = False,
                           organisation_uuid: Optional[str] = MISP_org_uuid,
                           producer: Optional[str] = None,
                           sharing_group_id: Optional[int] = None,
                           single_event: Optional[bool] = False,
                           title: Optional[str] = None) -> dict:
    if isinstance(filename, str):
        filename = Path(filename).resolve()
    try:
        stix_package = load_stix1_package(filename)
    except Exception as error:
        return {'errors': [f'{filename} -  {error.__str__()}']}
    parser, args = get_stix1_parser(
        is_stix1_from_misp(stix_package), distribution, sharing_group_id,
        title, producer, force_contextual_data, galaxies_as_tags, single_event,
        organisation_uuid, cluster_distribution, cluster_sharing_group_id
    )
    stix_parser = parser()
    stix_parser.load_stix_package(stix_package)
    stix_parser.parse_stix_package(**args)
    if stix_parser.single_event:
        misp_event = misp.add_event(stix_parser.misp_event, pythonify=True)
        if not isinstance(misp_event, MISPEvent):
            return _generate_traceback(
                debug, stix_parser, errors={
                    stix_parser.misp_event.uuid: misp_event['errors'][1]['message']
                }
            )
        return _generate_traceback(debug, stix_parser, misp_event.id)
    event_ids = []
    errors = {}
    for event in stix_parser.misp_events:
        misp_event = misp.add_event(event, pythonify=True)
        if not isinstance(misp_event, MISPEvent):
            errors[event.uuid] = misp_event['errors'][1]['message']
            continue
        event_ids.append(misp_event.id)
    return _generate_traceback(
        debug, stix_parser, *event_ids, errors=list(errors)
    )


def stix_2_to_misp(filename: _files_type,
                   cluster_distribution: Optional[int] = 0,
                   cluster_sharing_group_id: Optional[int] = None,
                   debug: Optional[bool] = False,
                   distribution: Optional[int] = 0,
                   force_contextual_data: Optional[bool] = False,
                   galaxies_as_tags: Optional[bool] = False,
                   organisation_uuid: Optional[str] = MISP_org_uuid,
                   output_dir: Optional[_files_type]=None,
                   output_name: Optional[_files_type]=None,
                   producer: Optional[str] = None,
                   sharing_group_id: Optional[int] = None,
                   single_event: Optional[bool] = False,
                   title: Optional[str] = None) -> dict:
    if isinstance(filename, str):
        filename = Path(filename).resolve()
    try:
        bundle = load_stix2_file(filename, invalid_objects := {})
    except Exception as error:
        return {'errors': [f'{filename} -  {error.__str__()}']}
    parser, args = get_stix2_parser(
        is_stix2_from_misp(bundle.objects), distribution, sharing_group_id,
        title, producer, force_contextual_data, galaxies_as_tags, single_event,
        organisation_uuid, cluster_distribution, cluster_sharing_group_id
    )
    stix_parser = parser()
    stix_parser.load_stix_bundle(bundle, invalid_objects=invalid_objects)
    stix_parser.parse_stix_bundle(**args)
    if output_dir is None:
        output_dir = filename.parent
    if stix_parser.single_event:
        name = _check_filename(
            filename.parent, f'{filename.name}.out', output_dir, output_name
        )
        with open(name, 'wt', encoding='utf-8') as f:
            f.write(stix_parser.misp_event.to_json(indent=4))
        return _generate_traceback(debug, stix_parser, name)
    output_names = []
    for misp_event in stix_parser.misp_events:
        output = output_dir / f'{filename.name}.{misp_event.uuid}.misp.out'
        with open(output, 'wt', encoding='utf-8') as f:
            f.write(misp_event.to_json(indent=4))
        output_names.append(output)
    return _generate_traceback(debug, stix_parser, *output_names)


def stix2_to_misp_instance(misp: PyMISP, filename: _files_type,
                           cluster_distribution: Optional[int] = 0,
                           cluster_sharing_group_id: Optional[int] = None,
                           debug: Optional[bool] = False,
                           distribution: Optional[int] = 0,
                           force_contextual_data: Optional[bool] = False,
                           galaxies_as_tags: Optional[bool] = False,
                           organisation_uuid: Optional[str] = MISP_org_uuid,
                           producer: Optional[str] = None,
                           sharing_group_id: Optional[int] = None,
                           single_event: Optional[bool] = False,
                           title: Optional[str] = None) -> dict:
    if isinstance(filename, str):
        filename = Path(filename).resolve()
    try:
        bundle = load_stix2_file(filename, invalid_objects := {})
    except Exception as error:
        return {'errors': [f'{filename} -  {error.__str__()}']}
    parser, args = get_stix2_parser(
        is_stix2_from_misp(bundle.objects), distribution, sharing_group_id,
        title, producer, force_contextual_data, galaxies_as_tags, single_event,
        organisation_uuid, cluster_distribution, cluster_sharing_group_id
    )
    stix_parser = parser()
    stix_parser.load_stix_bundle(bundle, invalid_objects=invalid_objects)
    stix_parser.parse_stix_bundle(**args)
    if stix_parser.single_event:
        misp_event = misp.add_event(stix_parser.misp_event, pythonify=True)
        if not isinstance(misp_event, MISPEvent):
            return _generate_traceback(
                debug, stix_parser, errors={
                    stix_parser.misp_event.uuid: misp_event['errors'][1]['message']
                }
            )
        return _generate_traceback(debug, stix_parser, misp_event.id)
    event_ids = []
    errors = {}
    for event in stix_parser.misp_events:
        misp_event = misp.add_event(event, pythonify=True)
        if not isinstance(misp_event, MISPEvent):
            errors[event.uuid] = misp_event['errors'][1]['message']
            continue
        event_ids.append(misp_event.id)
    return _generate_traceback(
        debug, stix_parser, *event_ids, errors=list(errors)
    )


################################################################################
#                            COMMAND LINE FUNCTIONS                            #
################################################################################

def _misp_to_stix(stix_args):
    collection_args = {
        'in_memory': stix_args.in_memory,
        'single_output': stix_args.single_output
    }
    if stix_args.version in ('1.1.1', '1.2'):
        stix1_args = {
            'debug': stix_args.debug, 'return_format': stix_args.format,
            'version': stix_args.version, 'namespace': stix_args.namespace,
            'org': stix_args.org, 'output_dir': stix_args.output_dir,
            'output_name': stix_args.output_name
        }
        if stix_args.level == 'attribute':
            return misp_attribute_collection_to_stix1(
                *stix_args.file, **collection_args, **stix1_args
            )
        if len(stix_args.file) == 1:
            return misp_to_stix1(stix_args.file[0], **stix1_args)
        return misp_event_collection_to_stix1(
            *stix_args.file, **collection_args, **stix1_args
        )
    stix2_args = {
        'debug': stix_args.debug, 'output_dir': stix_args.output_dir,
        'output_name': stix_args.output_name, 'version': stix_args.version
    }
    if len(stix_args.file) == 1:
        return misp_to_stix2(stix_args.file[0], **stix2_args)
    return misp_collection_to_stix2(
        *stix_args.file, **collection_args, **stix2_args
    )


def _stix_to_misp(args):
    if args.config is None and args.url is None and args.api_key is None:
        return _process_stix_to_misp_files(args)
    try:
        if args.url is not None and args.api_key is not None:
            misp = PyMISP(args.url, args.api_key, not args.skip_ssl)
            return _process_stix_to_misp_instance(misp, args)
        elif args.config is not None:
            try:
                with open(args.config, 'rt', encoding='utf-8') as f:
                    config = json.load(f)
                misp = PyMISP(
                    config['url'], config['api_key'], config['verify_cert']
                )
                return _process_stix_to_misp_instance(misp, args)
            except (FileNotFoundError, KeyError, json.JSONDecodeError):
                msg = 'Unable to read configuration file to connect to MISP -'
        else:
            msg = 'Missing URL or API key to connect to MISP instance -'
    except PyMISPError as error:
        msg = f'Unable to connect to MISP instance ({error}) -'
    print(f'{msg} Saving MISP results into files instead.')
    return _process_stix_to_misp_files(args)


def _process_stix_to_misp_files(args) -> dict:
    results = defaultdict(dict)
    success = []
    method = _get_stix_conversion_method(args.version)
    kwargs = {
        'cluster_distribution': args.cluster_distribution,
        'cluster_sharing_group_id': args.cluster_sharing_group,
        'debug': args.debug,
        'distribution': args.distribution,
        'force_contextual_data': not args.no_force_contextual_data,
        'galaxies_as_tags': args.galaxies_as_tags,
        'output_dir': args.output_dir,
        'organisation_uuid': args.org_uuid,
        'output_name': args.output_name,
        'producer': args.producer,
        'sharing_group_id': args.sharing_group,
        'single_event': args.single_event,
        'title': args.title
    }
    for filename in args.file:
        traceback = method(filename, **kwargs)
        if traceback.pop('success', 0) == 1:
            success.extend(traceback.pop('results'))
            for key, value in traceback.items():
                if isinstance(value, dict):
                    results[key].update(value)
            continue
        for field in ('errors', 'warnings'):
            if field not in traceback:
                continue
            content = traceback[field]
            if isinstance(content, list):
                results['fails'][filename.name] = content
                continue
            for identifier, values in traceback[field].items():
                results['fails'][identifier] = tuple(values)
    if success:
        results['results'] = success
    return results


def _process_stix_to_misp_instance(misp: PyMISP, args) -> dict:
    if args.org_uuid is None:
        my_user = misp.get_user()
        args.org_uuid = my_user['Organisation']['uuid']
    results = defaultdict(dict)
    success = []
    method = _get_stix_ingestion_method(args.version)
    kwargs = {
        'cluster_distribution': args.cluster_distribution,
        'cluster_sharing_group_id': args.cluster_sharing_group,
        'debug': args.debug,
        'distribution': args.distribution,
        'force_contextual_data': not args.no_force_contextual_data,
        'galaxies_as_tags': args.galaxies_as_tags,
        'organisation_uuid': args.org_uuid,
        'producer': args.producer,
        'sharing_group_id': args.sharing_group,
        'single_event': args.single_event,
        'title': args.title
    }
    for filename in args.file:
        traceback = method(misp, filename, **kwargs)
        if traceback.pop('success', 0) == 1:
            success.extend(traceback.pop('results'))
            for key, value in traceback.items():
                if isinstance(value, dict):
                    results[key].update(value)
            continue
        if 'pymisp_errors' in traceback:
            results['pymisp_errors'].update(traceback['pymisp_errors'])
        for field in ('errors', 'warnings'):
            if field not in traceback:
                continue
            content = traceback[field]
            if isinstance(content, list):
                results['fails'][filename.name] = content
                continue
            for identifier, values in traceback[field].items():
                results['fails'][identifier] = tuple(values)
    if success:
        results['event_ids'] = success
    return results


################################################################################
#                              UTILITY FUNCTIONS.                              #
################################################################################

def _check_filename(default_dir: Path, default_name: str,
                    output_dir: _files_type, output_name: _files_type) -> Path:
    if output_name is None:
        return _check_output(default_dir, default_name, output_dir)
    if not isinstance(output_name, Path):
        output_name = Path(output_name).resolve()
    if output_name.is_dir():
        return output_name / default_name
    return output_name


def _check_output(
        default_dir: Path, default_name: str, output_dir: _files_type) -> Path:
    if output_dir is None:
        return default_dir / default_name
    if not isinstance(output_dir, Path):
        output_dir = Path(output_dir).resolve()
    if output_dir.is_file():
        return output_dir
    return output_dir / default_name


def _generate_traceback(
        debug: bool, parser, *output_names: tuple, errors: dict = {}) -> dict:
    traceback = {'pymisp_errors': errors} if errors else {'success': 1}
    if debug:
        for feature in ('errors', 'warnings'):
            brol = getattr(parser, feature)
            if brol:
                traceback[feature] = brol
    traceback['results'] = list(output_names)
    return traceback


def _get_stix_conversion_method(version):
    if version == '2':
        return stix_2_to_misp
    return stix_1_to_misp


def _get_stix_ingestion_method(version):
    if version == '2':
        return stix2_to_misp_instance
    return stix1_to_misp_instance
