#!/usr/bin/env python3
"""Runs a pasted curl command against a listener on 127.0.0.1 and prints the raw request curl sent.

Usage: capture.py FILE   (FILE holds the command as pasted; its URL's scheme and host are pointed at the listener)
Shell variables in the command are exported with the value {{NAME}}, so the capture shows where each one stands.
Used to write the "sent" expectations of the curl corpus; never reaches the internet.
"""
import os, re, socket, subprocess, sys, threading

def serve(sock, captured):
    while True:
        try:
            conn, _ = sock.accept()
        except OSError:
            return
        conn.settimeout(1.0)
        data = b''
        try:
            while True:
                chunk = conn.recv(65536)
                if not chunk:
                    break
                data += chunk
                head, sep, rest = data.partition(b'\r\n\r\n')
                if sep:
                    m = re.search(rb'(?i)content-length: *(\d+)', head)
                    if len(rest) >= (int(m.group(1)) if m else 0):
                        break
        except socket.timeout:
            pass
        captured.append(data)
        conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
        conn.close()

def main():
    command = open(sys.argv[1], encoding='utf-8').read()
    sock = socket.socket()
    sock.bind(('127.0.0.1', 0))
    sock.listen(5)
    port = sock.getsockname()[1]
    local = re.sub(r'https?://(api\.x\.com|api\.twitter\.com|upload\.twitter\.com|upload\.x\.com)', 'http://127.0.0.1:%d' % port, command)
    # {{NAME}} in a URL would be read as curl's URL globbing; -g turns that off and changes nothing sent.
    local = re.sub(r'\bcurl ', 'curl -g ', local, count=1)
    env = dict(os.environ)
    for name in set(re.findall(r'\$\{?([A-Za-z_][A-Za-z0-9_]*)', command)):
        env[name] = '{{%s}}' % name
    captured = []
    threading.Thread(target=serve, args=(sock, captured), daemon=True).start()
    result = subprocess.run(['bash', '-c', local, 'bash'] + ['{{%d}}' % n for n in range(1, 10)], env=env, capture_output=True, timeout=10, cwd=os.path.dirname(os.path.abspath(sys.argv[1])))
    sock.close()
    for request in captured:
        sys.stdout.buffer.write(request.replace(b'127.0.0.1:%d' % port, b'api.x.com'))
    sys.stderr.write('curl exit %d %s\n' % (result.returncode, result.stderr.decode()[:200]))

main()
