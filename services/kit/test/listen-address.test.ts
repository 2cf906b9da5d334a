import { afterEach, describe, expect, it } from 'vitest';
import { listenAddress } from '../src/config.js';
import { reachableHost } from '../src/http/server.js';

describe('listenAddress: HOST and PORT of a process', () => {
  const saved = { HOST: process.env.HOST, PORT: process.env.PORT };
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
  const withEnv = (host: string | undefined, port: string | undefined) => {
    for (const [name, value] of Object.entries({ HOST: host, PORT: port })) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    return () => listenAddress(4002);
  };

  it('is loopback on the service’s own port when neither is set', () => {
    expect(withEnv(undefined, undefined)()).toEqual({ host: '127.0.0.1', port: 4002 });
    expect(withEnv('', '')()).toEqual({ host: '127.0.0.1', port: 4002 });
  });

  it('takes every address, an IPv6 address, a host name and a free port (0)', () => {
    expect(withEnv('0.0.0.0', '14002')()).toEqual({ host: '0.0.0.0', port: 14002 });
    expect(withEnv('::', '0')()).toEqual({ host: '::', port: 0 });
    expect(withEnv('school.lotsen.svc', '4002')()).toEqual({ host: 'school.lotsen.svc', port: 4002 });
  });

  it('refuses a HOST that is no address and a PORT that is no port, naming what was given', () => {
    expect(withEnv('http://0.0.0.0', undefined)).toThrow(/HOST must be an IP address or a host name, got 'http:\/\/0.0.0.0'/);
    expect(withEnv('0.0.0.0:4002', undefined)).toThrow(/HOST must be/);
    expect(withEnv(undefined, '4002.5')).toThrow(/PORT must be a whole number from 0 to 65535, got '4002.5'/);
    expect(withEnv(undefined, '70000')).toThrow(/PORT must be/);
    expect(withEnv(undefined, 'vier')).toThrow(/PORT must be a number/);
  });
});

describe('reachableHost: a server’s own URL', () => {
  it('is loopback for a server on every address, and brackets IPv6', () => {
    expect(reachableHost('0.0.0.0')).toBe('127.0.0.1');
    expect(reachableHost('::')).toBe('[::1]');
    expect(reachableHost('fe80::1')).toBe('[fe80::1]');
    expect(reachableHost('192.0.2.2')).toBe('192.0.2.2');
  });
});
