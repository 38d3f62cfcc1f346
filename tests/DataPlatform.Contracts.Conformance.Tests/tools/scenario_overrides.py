#!/usr/bin/env python3
"""Derives the scenario entries of Overrides.cs from the recorded vectors by applying each
divergence's rule (../shared/spec/divergences.md) to the recording. Prints C# table entries; the
output is pasted into Overrides.cs and reviewed there. Run from this project folder."""
import copy, json, re, sys

VEC = 'vectors/scenario/'
STRAY = re.compile(r', "secret_AfterValidator\(func=<function is_topic_value_acceptable at 0xADDR>\)": "secret:\d+"')

def load(name):
    return json.load(open(VEC + name))

def entries_for(name, recorded, expected, divergence, why):
    """One entry per (step, part) that the rule changed."""
    out = []
    for i, (a, b) in enumerate(zip(recorded['steps'], expected['steps'])):
        for part in ('events', 'result', 'state'):
            if part in b and a.get(part) != b.get(part):
                if part == 'state':
                    for side in b['state']:
                        if a['state'][side] != b['state'][side]:
                            out.append((f'scenario/{name}#0', f'/steps/{i}/state/{side}', divergence, b['state'][side], why))
                else:
                    out.append((f'scenario/{name}#0', f'/steps/{i}/{part}', divergence, b[part], why))
    return out

def d1_kafka():
    name = 'v1_kafka_topic.json'
    rec = load(name); exp = copy.deepcopy(rec)
    def clean(o):
        if isinstance(o, dict):
            return {k: clean(v) for k, v in o.items() if not k.startswith('extra:secret_AfterValidator')}
        if isinstance(o, list):
            return [clean(x) for x in o if not (isinstance(x, dict) and 'AfterValidator' in str(x.get('label', x.get('consumer_label', ''))))]
        if isinstance(o, str):
            return STRAY.sub('', o)
        return o
    for step in exp['steps']:
        for k in ('events', 'state', 'result'):
            if k in step: step[k] = clean(step[k])
    entries = entries_for(name, rec, exp, 'D1', 'consumer-group-prefix is a plain request key: no stray secret or secret_AfterValidator(...) key')
    # What our provider does there assumes our requirer; against the recorded requirer see d1_provider_half.
    return [e + (('provider,requirer',) if '/state/provider' in e[1] or e[1].endswith('/events') else ()) for e in entries]

def d1_provider_half():
    """Our provider against the recorded Python requirer (which writes the stray key): the key is
    kept as an extra request field, as recorded, and its secret is not read."""
    name = 'v1_kafka_topic.json'
    rec = load(name); out = []
    for i, step in enumerate(rec['steps']):
        consumed = step['state']['provider']['secrets_consumed']
        kept = [c for c in consumed if 'AfterValidator' not in c['consumer_label']]
        if kept != consumed:
            out.append((f'scenario/{name}#0', f'/steps/{i}/state/provider/secrets_consumed', 'D1', kept,
                        'provider half (requirer played back): the stray secret_AfterValidator(...) key is kept as an extra request field and its secret is not read', 'provider'))
    return out

def event(side, name, payload):
    e = {'side': side, 'type': 'library_event', 'name': name, 'relation_id': 0, 'relation_name': 'database'}
    e.update(payload); return e

def d5_entity_without_resource():
    name = 'v1_entity_request_no_resource.json'
    rec = load(name); exp = copy.deepcopy(rec)
    request = rec['steps'][3]['result'][0]
    exp['steps'][2]['events'].append(event('provider', 'resource_entity_requested', {'request': request}))
    return entries_for(name, rec, exp, 'D5', 'resource_entity_requested fires when entity-type first appears, resource or not')

def d6_mtls_first_request():
    name = 'v1_mtls_cert.json'
    rec = load(name); exp = copy.deepcopy(rec)
    events = exp['steps'][2]['events']
    mtls = next(i for i, e in enumerate(events) if e.get('name') == 'mtls_cert_updated')
    events.insert(mtls, event('provider', 'resource_requested', {'request': events[mtls]['request']}))
    return entries_for(name, rec, exp, 'D6', 'the first request raises resource_requested before mtls_cert_updated')

def d13_all_created():
    name = 'v1_multiple_resources.json'
    rec = load(name); exp = copy.deepcopy(rec)
    for step in exp['steps']:
        result = step.get('result')
        if isinstance(result, dict) and 'are_all_resources_created' in result:
            result['are_all_resources_created'] = all(result['is_resource_created'].values())
    return entries_for(name, rec, exp, 'D13', 'false until every request has a response with credentials')

def d12_refused_change():
    name = 'v1_entity_permissions_and_options.json'
    rec = load(name); exp = copy.deepcopy(rec)
    for i, step in enumerate(exp['steps']):
        if 'error' in step and step['action']['op'] == 'sync':
            # The refused change is stored nowhere: the provider is as it was before the step.
            step['state']['provider'] = copy.deepcopy(exp['steps'][i - 1]['state']['provider'])
    return entries_for(name, rec, exp, 'D12', 'a refused change of extra-user-roles is not stored')

def d17_broken_relation():
    name = 'v1_relation_broken.json'
    rec = load(name); exp = copy.deepcopy(rec)
    for step in exp['steps']:
        if step['action']['op'] == 'relation_removed' and step['action']['side'] == 'provider':
            # The provider removes the secrets it created for the relation. The requirer's view of
            # them changes only at a sync from the provider (README, delivery), so it stays as recorded.
            step['state']['provider']['secrets_owned'] = []
    return entries_for(name, rec, exp, 'D17', 'a broken relation leaves no secret of the provider behind')

def d2_statuses():
    name = 'v1_status_raise_resolve.json'
    rec = load(name); exp = copy.deepcopy(rec)
    seen = {}
    for step in exp['steps']:
        action = step['action']
        if action['op'] == 'sync' and action['to'] == 'requirer':
            provider_app = step['state']['provider']['relations']['0']['app']
            current = {s['code']: s for s in json.loads(provider_app.get('status', '[]'))}
            active = [current[c] for c in sorted(current)]
            events = [e for e in step['events'] if e.get('name') not in ('status_raised', 'status_resolved')]
            for code in sorted(set(current) - set(seen)):
                events.append(event('requirer', 'status_raised', {'status': current[code], 'active_statuses': active}))
            for code in sorted(set(seen) - set(current)):
                events.append(event('requirer', 'status_resolved', {'status': seen[code], 'active_statuses': active}))
            step['events'] = events
            seen = dict(current)
        # The requirer remembers what it last saw in its unit data, key status.
        unit = step['state']['requirer']['relations']['0']
        if unit is not None:
            data = json.loads(unit['unit'].get('data', '{}'))
            if seen:
                data['status'] = {str(c): seen[c] for c in sorted(seen)}
            else:
                data.pop('status', None)
            if data:
                unit['unit']['data'] = json.dumps(data)
            else:
                unit['unit'].pop('data', None)
    return entries_for(name, rec, exp, 'D2', 'each status code is raised once when it appears and resolved once when it goes')

def main():
    entries = (d1_kafka() + d1_provider_half() + d2_statuses() + d5_entity_without_resource() + d6_mtls_first_request()
               + d12_refused_change() + d17_broken_relation())  # D13 is a rule entry (scenario/*) in Overrides.cs
    for vid, ptr, div, val, why, *mode in entries:
        text = json.dumps(val, ensure_ascii=False, sort_keys=True).replace('"', '""')
        ours = f' {{ Ours = "{mode[0]}" }}' if mode else ''
        print(f'        // {div}: {why}.')
        print(f'        new("{vid}", "{ptr}", "{div}", @"{text}"){ours},')

main()
