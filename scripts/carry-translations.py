# Marks finished the unfinished messages whose source text had a finished translation before
# (strings that moved to another class: lupdate's same-text heuristic already copied the text).
import sys, re, html
old, new = sys.argv[1], sys.argv[2]
msg_re = re.compile(r'<message[^>]*>.*?</message>', re.S)
def src(m): return re.search(r'<source>(.*?)</source>', m, re.S).group(1)
known = {}
for m in msg_re.findall(open(old, encoding='utf-8').read()):
    t = re.search(r'<translation([^>]*)>(.*?)</translation>', m, re.S)
    if t and 'type=' not in t.group(1):
        known[src(m)] = t.group(2)
text = open(new, encoding='utf-8').read(); n = 0
def fix(mo):
    global n
    m = mo.group(0)
    t = re.search(r'<translation type="unfinished">(.*?)</translation>', m, re.S)
    if t and src(m) in known:
        n += 1
        return m.replace(t.group(0), '<translation>' + known[src(m)] + '</translation>')
    return m
text = msg_re.sub(fix, text)
open(new, 'w', encoding='utf-8').write(text)
print(new, 'finished', n)
