#!/usr/bin/env python3
"""Writes the project's own scenario vectors under extra-vectors/ (a CONTRACTS_CONFORMANCE_DIR-style
root, see extra-vectors/README.md). The expectations are derived from the documents, not from our
code: the bridge's delivery rules of vectors/README.md (kind C), the layouts of wire-format.md 3.1,
the handlers' rules of wire-format.md 7.2/7.3/7.5 (leadership), the secret writes of Q31 (one
revision per field, so recorded revisions are the reference's), the event app/unit of Q12, and the
file normalisations of vectors/README.md. Databag JSON is written with Python's own json.dumps.
Run from this project folder: python3 tools/extra_vectors.py"""
import copy, hashlib, json, re

OUT = 'extra-vectors/scenario/'
PROVENANCE = {'derived_by': 'tools/extra_vectors.py', 'from': 'vectors/README.md kind C, wire-format.md 3.1, 7.2, 7.3, 7.5, Q11, Q12, Q14, Q31'}


def gen_hash(resource, salt):  # wire-format.md 4
    return hashlib.sha256(f'{resource}:{salt}'.encode()).hexdigest()[:16]


def request(resource, salt, roles=None):
    return {'resource': resource, 'request-id': gen_hash(resource, salt), 'salt': salt, 'extra-user-roles': roles,
            'extra-group-roles': None, 'external-node-connectivity': False, 'entity-type': None,
            'entity-permissions': None, 'secret-mtls': None}


def requirer_app(requests, alias=None):  # wire-format.md 3.1: requirer app databag
    bag = {'requests': json.dumps(requests), 'version': 'v1'}
    if alias: bag['alias'] = alias
    return bag


def compact(req):  # the provider's `data` entry: the request without None/default fields (6.2)
    return {k: v for k, v in req.items() if v is not None and v is not False}


def request_payload(req):  # a provider event's `request`: its key fields
    out = compact(req); out['external-node-connectivity'] = False
    return out


def response(req, endpoints, secret):
    return {'resource': req['resource'], 'request-id': req['request-id'], 'salt': req['salt'], 'endpoints': endpoints,
            'read-only-endpoints': None, 'secret-user': secret, 'secret-tls': None, 'secret-extra': None,
            'secret-entity': None, 'version': None}


def hook(side, name, rel, app, unit=None):
    e = {'side': side, 'type': 'hook', 'name': name, 'relation_id': rel, 'app': app}
    if unit: e['unit'] = unit
    return e


def lib(side, name, rel, app, **payload):  # Q12: restored events carry no unit
    e = {'side': side, 'type': 'library_event', 'name': name, 'relation_id': rel, 'relation_name': 'database', 'app': app}
    e.update(payload)
    return e


def side(app, handler, leader=True, **extra):
    s = {'app': app, 'unit': app + '/0', 'endpoint': 'database', 'interface': 'postgresql_client', 'handler': handler,
         'leader': leader, 'library': 'v1', 'request_model': 'RequirerCommonModel'}
    if handler == 'ResourceProviderEventHandler':
        s['options'] = {}
    else:
        s.update({'limit': None, 'relation_aliases': None, 'response_model': 'ResourceProviderModel'})
    s.update(extra)
    return s


class Scenario:
    def __init__(self, name, description, setup):
        self.name, self.description, self.setup = name, description, setup
        self.steps = []
        self.state = {n: {'relations': {str(r['relation_id']): None for r in setup['relations'] if n in (r['provider'], r['requirer'])},
                          'secrets_consumed': [], 'secrets_owned': []}
                      for n in setup if n != 'relations'}

    def bags(self, side, rel):
        return self.state[side]['relations'][str(rel)]

    def step(self, action, events=(), result=None, error=None):
        s = {'index': len(self.steps) + 1, 'action': action, 'events': list(events), 'state': copy.deepcopy(self.state)}
        if result is not None: s['result'] = result
        if error is not None: s['error'] = error
        self.steps.append(s)

    def write(self):
        doc = {'kind': 'scenario', 'schema_version': 1, 'name': self.name, 'description': self.description,
               'setup': self.setup, 'steps': self.steps, 'provenance': PROVENANCE}
        text = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)
        ids = {}
        for m in re.finditer(r'secret:raw[0-9a-z]+', text):  # normalisation 1: first textual appearance
            ids.setdefault(m.group(0), 'secret:%04d' % (len(ids) + 1))
        text = re.sub(r'secret:raw[0-9a-z]+', lambda m: ids[m.group(0)], text)
        open(OUT + self.name + '.json', 'w', encoding='utf-8').write(text + '\n')


def created(sc, side, rel, remote_app, writes=None):
    sc.state[side]['relations'][str(rel)] = writes or {'app': {}, 'unit': {}}
    sc.step({'op': 'relation_created', 'side': side, 'relation_id': rel},
            [hook(side, 'database_relation_created', rel, remote_app), hook(side, 'database_relation_joined', rel, remote_app, remote_app + '/0')])


def respond(sc, provider, requirer, rel, req, endpoints, username, password, secret, alias=None):
    """set_response on the provider (user secret at revision 2, Q31), then its sync to the
    requirer: resource_created (and its aliased form, 7.3) with the secrets resolved."""
    owner, client = sc.setup[provider]['app'], sc.setup[requirer]['app']
    label = f"database.{rel}.{req['request-id']}.user.secret"
    fields = {'request_id': req['request-id'], 'resource': req['resource'], 'salt': req['salt'], 'endpoints': endpoints, 'username': username, 'password': password}
    sc.bags(provider, rel)['app'].update({'requests': json.dumps([response(req, endpoints, secret)]), 'version': 'v1'})
    sc.state[provider]['secrets_owned'] = [{'id': secret, 'owner': owner, 'label': label, 'revision': 2,
                                            'content': {'password': password, 'username': username}, 'granted': {str(rel): [client]}}]
    sc.step({'op': 'set_response', 'side': provider, 'relation_id': rel, 'model': 'ResourceProviderModel', 'fields': fields})
    sc.bags(requirer, rel)['unit']['data'] = json.dumps({req['request-id']: {'resource': req['resource'], 'request-id': req['request-id'], 'salt': req['salt'], 'endpoints': endpoints, 'secret-user': secret}})
    sc.state[requirer]['secrets_consumed'] = [{'id': secret, 'owner': owner, 'consumer_label': label, 'latest_revision': 2, 'tracked_revision': 2}]
    resp = {'endpoints': endpoints, 'password': password, 'request-id': req['request-id'], 'resource': req['resource'], 'salt': req['salt'], 'secret-user': secret, 'username': username}
    names = ['resource_created'] + ([alias + '_resource_created'] if alias else [])
    sc.step({'op': 'sync', 'from': provider, 'to': requirer, 'relation_id': rel},
            [hook(requirer, 'database_relation_changed', rel, owner)] + [lib(requirer, n, rel, owner, response=resp) for n in names])


def one_provider_two_requirers():
    req_a, req_b = request('orders', 'SALT000000000001', 'CREATEDB'), request('billing', 'SALT000000000002')
    setup = {'provider': side('postgresql', 'ResourceProviderEventHandler'),
             'requirer_a': side('app-a', 'ResourceRequirerEventHandler', requests=[{'resource': 'orders', 'salt': 'SALT000000000001', 'extra_user_roles': 'CREATEDB'}]),
             'requirer_b': side('app-b', 'ResourceRequirerEventHandler', requests=[{'resource': 'billing', 'salt': 'SALT000000000002'}]),
             'relations': [{'provider': 'provider', 'requirer': 'requirer_a', 'relation_id': 0},
                           {'provider': 'provider', 'requirer': 'requirer_b', 'relation_id': 1}]}
    sc = Scenario('x_one_provider_two_requirers', 'One provider serving two requirer applications: each relation keeps its own requests, responses and secrets; a requirer sees nothing of the other relation.', setup)
    created(sc, 'requirer_a', 0, 'postgresql', {'app': requirer_app([req_a]), 'unit': {}})
    created(sc, 'requirer_b', 1, 'postgresql', {'app': requirer_app([req_b]), 'unit': {}})
    created(sc, 'provider', 0, 'app-a')
    created(sc, 'provider', 1, 'app-b')
    for rel, req, app in ((0, req_a, 'app-a'), (1, req_b, 'app-b')):
        sc.bags('provider', rel)['app'] = {'data': json.dumps({req['request-id']: compact(req)})}
        sc.step({'op': 'sync', 'from': 'requirer_' + app[-1], 'to': 'provider', 'relation_id': rel},
                [hook('provider', 'database_relation_changed', rel, app),
                 lib('provider', 'resource_requested', rel, app, request=request_payload(req))])
    respond(sc, 'provider', 'requirer_b', 1, req_b, '10.0.0.9:5432', 'relation-1-user', 'b-pw', 'secret:rawb')
    # The provider's relation-0 databag changed (its `data`): requirer_a runs relation-changed and,
    # with no response yet, raises nothing; the secret granted to app-b is mirrored but not readable.
    sc.step({'op': 'sync', 'from': 'provider', 'to': 'requirer_a', 'relation_id': 0}, [hook('requirer_a', 'database_relation_changed', 0, 'postgresql')])
    sc.step({'op': 'query_created', 'side': 'requirer_b', 'relation_id': 1, 'request_ids': [req_b['request-id']]},
            result={'are_all_resources_created': True, 'is_resource_created': {req_b['request-id']: True}})
    sc.write()


def requirer_two_providers_aliases():
    req = request('clientdb', 'SALT000000000001')
    setup = {'requirer': side('application', 'ResourceRequirerEventHandler', limit=2, relation_aliases=['cluster1', 'cluster2'], requests=[{'resource': 'clientdb', 'salt': 'SALT000000000001'}]),
             'provider_one': side('pg-one', 'ResourceProviderEventHandler'),
             'provider_two': side('pg-two', 'ResourceProviderEventHandler'),
             'relations': [{'provider': 'provider_one', 'requirer': 'requirer', 'relation_id': 0},
                           {'provider': 'provider_two', 'requirer': 'requirer', 'relation_id': 1}]}
    sc = Scenario('x_requirer_two_providers_aliases', 'A requirer related to two providers under relation aliases (wire-format.md 7.3): each relation gets the first unused alias; events are raised plain and aliased, authentication_updated failing upstream (Q11, D7).', setup)
    created(sc, 'requirer', 0, 'pg-one', {'app': requirer_app([req], 'cluster1'), 'unit': {'alias': 'cluster1'}})
    created(sc, 'requirer', 1, 'pg-two', {'app': requirer_app([req], 'cluster2'), 'unit': {'alias': 'cluster2'}})
    created(sc, 'provider_one', 0, 'application')
    created(sc, 'provider_two', 1, 'application')
    for rel, provider in ((0, 'provider_one'), (1, 'provider_two')):
        sc.bags(provider, rel)['app'] = {'data': json.dumps({req['request-id']: compact(req)})}
        # The requirer's unit databag holds its alias: a second relation-changed, with the unit.
        sc.step({'op': 'sync', 'from': 'requirer', 'to': provider, 'relation_id': rel},
                [hook(provider, 'database_relation_changed', rel, 'application'),
                 lib(provider, 'resource_requested', rel, 'application', request=request_payload(req)),
                 hook(provider, 'database_relation_changed', rel, 'application', 'application/0')])
    respond(sc, 'provider_two', 'requirer', 1, req, '10.0.0.2:5432', 'two-user', 'two-pw', 'secret:rawtwo', alias='cluster2')
    # TLS added: authentication_updated, then upstream's hook fails on the undefined aliased event
    # (Q11) after it stored the diff (7.3 _handle_event), which the Harness keeps (Q14).
    ca = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----'
    label = f"database.1.{req['request-id']}.tls.secret"
    sc.bags('provider_two', 1)['app']['requests'] = json.dumps([dict(response(req, '10.0.0.2:5432', 'secret:rawtwo'), **{'secret-tls': 'secret:rawtls'})])
    sc.state['provider_two']['secrets_owned'].append({'id': 'secret:rawtls', 'owner': 'pg-two', 'label': label, 'revision': 2,
                                                      'content': {'tls': 'true', 'tls-ca': ca}, 'granted': {'1': ['application']}})
    sc.step({'op': 'set_response', 'side': 'provider_two', 'relation_id': 1, 'model': 'ResourceProviderModel',
             'fields': {'request_id': req['request-id'], 'resource': 'clientdb', 'salt': 'SALT000000000001', 'tls': True, 'tls_ca': ca}})
    data = json.loads(sc.bags('requirer', 1)['unit']['data'])
    data[req['request-id']]['secret-tls'] = 'secret:rawtls'
    sc.bags('requirer', 1)['unit']['data'] = json.dumps(data)
    sc.state['requirer']['secrets_consumed'].append({'id': 'secret:rawtls', 'owner': 'pg-two', 'consumer_label': label, 'latest_revision': 2, 'tracked_revision': 2})
    resp = {'endpoints': '10.0.0.2:5432', 'password': 'two-pw', 'request-id': req['request-id'], 'resource': 'clientdb', 'salt': 'SALT000000000001',
            'secret-tls': 'secret:rawtls', 'secret-user': 'secret:rawtwo', 'tls': True, 'tls-ca': ca, 'username': 'two-user'}
    sc.step({'op': 'sync', 'from': 'provider_two', 'to': 'requirer', 'relation_id': 1},
            [hook('requirer', 'database_relation_changed', 1, 'pg-two'), lib('requirer', 'authentication_updated', 1, 'pg-two', response=resp)],
            error={'exception': 'AttributeError', 'message': "'ResourceRequirerEvents' object has no attribute 'cluster2_authentication_updated'"})
    sc.write()


def non_leader_provider():
    req = request('clientdb', 'SALT000000000001')
    setup = {'provider': side('postgresql', 'ResourceProviderEventHandler', leader=False),
             'requirer': side('application', 'ResourceRequirerEventHandler', requests=[{'resource': 'clientdb', 'salt': 'SALT000000000001'}]),
             'relations': [{'provider': 'provider', 'requirer': 'requirer', 'relation_id': 0}]}
    sc = Scenario('x_non_leader_provider', 'A provider unit that is not leader (wire-format.md 7.2, 7.5): relation-changed returns at once and set_response returns without writing.', setup)
    created(sc, 'requirer', 0, 'postgresql', {'app': requirer_app([req]), 'unit': {}})
    created(sc, 'provider', 0, 'application')
    sc.step({'op': 'sync', 'from': 'requirer', 'to': 'provider', 'relation_id': 0}, [hook('provider', 'database_relation_changed', 0, 'application')])
    sc.step({'op': 'set_response', 'side': 'provider', 'relation_id': 0, 'model': 'ResourceProviderModel',
             'fields': {'request_id': req['request-id'], 'resource': 'clientdb', 'salt': 'SALT000000000001', 'endpoints': '10.0.0.1:5432', 'username': 'u', 'password': 'p'}})
    sc.write()


def non_leader_requirer():
    rid = gen_hash('clientdb', 'SALT000000000001')
    setup = {'provider': side('postgresql', 'ResourceProviderEventHandler'),
             'requirer': side('application', 'ResourceRequirerEventHandler', leader=False, requests=[{'resource': 'clientdb', 'salt': 'SALT000000000001'}]),
             'relations': [{'provider': 'provider', 'requirer': 'requirer', 'relation_id': 0}]}
    sc = Scenario('x_non_leader_requirer', 'A requirer unit that is not leader (wire-format.md 7.3, 7.5): it publishes no requests, so a sync delivers nothing.', setup)
    created(sc, 'requirer', 0, 'postgresql')
    created(sc, 'provider', 0, 'application')
    sc.step({'op': 'sync', 'from': 'requirer', 'to': 'provider', 'relation_id': 0})
    # Q18: vacuously true without responses (D13 overrides it for us).
    sc.step({'op': 'query_created', 'side': 'requirer', 'relation_id': 0, 'request_ids': [rid]},
            result={'are_all_resources_created': True, 'is_resource_created': {rid: False}})
    sc.write()


if __name__ == '__main__':
    one_provider_two_requirers()
    requirer_two_providers_aliases()
    non_leader_provider()
    non_leader_requirer()
