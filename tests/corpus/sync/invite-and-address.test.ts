import { describe, expect, it } from 'vitest';
import { formatInviteCode, initialsOf, parseInviteCode, parseServerAddress, type InviteCode } from '../../../corpus/sync';

const INVITE: InviteCode = { memberId: 'm_AbC-1', groupId: 'g-9', role: 'viewer', name: '张三, 组长', groupName: '会议组 A', token: 'pzi_' + 'a'.repeat(43) };

describe('invite codes', () => {
  it('round-trip, names with commas included', () => expect(parseInviteCode(formatInviteCode(INVITE))).toEqual({ ok: true, value: INVITE }));

  it('ignore spaces and line breaks around and inside a pasted code', () => {
    const code = formatInviteCode(INVITE);
    expect(parseInviteCode(`  ${code.slice(0, 30)}\n${code.slice(30)}\n`)).toEqual({ ok: true, value: INVITE });
  });

  it.each([
    ['empty', '  ', 'invite-empty'],
    ['a bare token', 'pzi_' + 'a'.repeat(43), 'invite-format'],
    ['cut short', formatInviteCode(INVITE).split(',').slice(0, 6).join(','), 'invite-format'],
    ['another version', formatInviteCode(INVITE).replace(',1,', ',2,'), 'invite-format'],
    ['a role that does not exist', formatInviteCode({ ...INVITE }).replace(',viewer,', ',admin,'), 'invite-format'],
    ['an id with a slash (a forged document name)', formatInviteCode({ ...INVITE, memberId: 'a/b' }), 'invite-format'],
    ['a short token', formatInviteCode({ ...INVITE, token: 'pzi_abc' }), 'invite-format'],
  ])('refuse %s', (_name, text, error) => expect(parseInviteCode(text)).toEqual({ ok: false, error }));
});

describe('server addresses', () => {
  it.each([
    ['ws with a port', 'ws://127.0.0.1:1234', 'ws://127.0.0.1:1234', 'ws://127.0.0.1:1234'],
    ['wss, trailing slash', ' wss://team.example.org/ ', 'wss://team.example.org', 'wss://team.example.org'],
    ['wss with a path', 'wss://example.org/pizhu', 'wss://example.org/pizhu', 'wss://example.org'],
    ['default port left out, scheme and host lower-cased', 'WSS://Team.Example.org:443', 'wss://team.example.org', 'wss://team.example.org'],
    ['IPv6 with a port', 'ws://[::1]:1234', 'ws://[::1]:1234', 'ws://[::1]:1234'],
  ])('accept %s', (_name, text, url, origin) => expect(parseServerAddress(text)).toEqual({ ok: true, value: { url, origin } }));

  it.each([
    ['empty', '', 'address-empty'],
    ['no scheme', 'team.example.org', 'address-invalid'],
    ['http', 'http://team.example.org', 'address-scheme'],
    ['https', 'https://team.example.org', 'address-scheme'],
    ['credentials', 'wss://u:p@team.example.org', 'address-credentials'],
    ['a query', 'wss://team.example.org/?token=x', 'address-path'],
    ['a port out of range', 'ws://127.0.0.1:70000', 'address-invalid'],
    ['a space in the host', 'ws://team example.org', 'address-invalid'],
    ['no host', 'ws://:1234', 'address-invalid'],
  ])('refuse %s', (_name, text, error) => expect(parseServerAddress(text)).toEqual({ ok: false, error }));
});

describe('initials', () => {
  it.each([
    ['two-character Chinese name', '张伟', '张伟'],
    ['three-character Chinese name: the given name', '李小龙', '小龙'],
    ['Latin first and last', 'Anna Schmidt', 'AS'],
    ['one Latin word', 'anna', 'AN'],
    ['blank', '  ', '?'],
  ])('%s', (_name, name, initials) => expect(initialsOf(name)).toBe(initials));
});
