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

def main():
    # D2, D10, D12, D13 and D17 are rules over every scenario (DivergenceRules.cs), not entries from here.
    entries = d1_kafka() + d1_provider_half() + d5_entity_without_resource() + d6_mtls_first_request()
    for vid, ptr, div, val, why, *mode in entries:
        text = json.dumps(val, ensure_ascii=False, sort_keys=True).replace('"', '""')
        ours = f' {{ Ours = "{mode[0]}" }}' if mode else ''
        print(f'        // {div}: {why}.')
        print(f'        new("{vid}", "{ptr}", "{div}", @"{text}"){ours},')

main()
