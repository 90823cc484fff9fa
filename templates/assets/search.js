/*
 * gongkai site search. Answers queries in the reader's browser from the index that the build
 * writes under search/data/ (format: gongkai.search.SearchIndex). Only the search pages load this
 * file, from the site itself: no third-party code, no inline script, no other origin.
 *
 * A query may be Chinese, a 文号 in any spelling, full pinyin with or without spaces, pinyin
 * initials, or a mix. It is expanded with the synonym catalogue, corrected when it has a wrong
 * character of similar sound or a keyboard slip, and ranked: 文号 first, then title matches, then
 * documents in force, then body matches, then the newest.
 */
(function () {
  'use strict';

  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var d = 0; d < DIGITS.length; d++) {
    DIGIT[DIGITS[d]] = d;
  }
  var HAN = /\p{Script=Han}/u;
  var WORD = /[\p{L}\p{N}]/u;
  var LATIN = /^[a-z]+$/;
  /** Results shown at once, and fetched at once. */
  var PAGE = 10;
  /** Weights of a term in the title, often in the body (three times or more), once or twice in it. */
  var TITLE = 3;
  var OFTEN = 2;
  var BODY = 1;
  /** Keys near each other on a QWERTY keyboard: a slip there is the likeliest typo in pinyin. */
  var NEIGHBOURS = {
    q: 'wa', w: 'qase', e: 'wsdr', r: 'edft', t: 'rfgy', y: 'tghu', u: 'yhji', i: 'ujko', o: 'iklp', p: 'ol',
    a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
    z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk'
  };

  // ---------------------------------------------------------------- text, as the build cuts it

  /** Width and case folded, as gongkai.search.Tokenizer.normalize. */
  function normalize(s) {
    return s.normalize('NFKC').toLowerCase();
  }

  function isHan(ch) {
    return HAN.test(ch);
  }

  function isWordChar(ch) {
    return WORD.test(ch) && !HAN.test(ch);
  }

  /** The runs of a normalized text: Han characters, or letters and digits; the rest separates them. */
  function runs(text) {
    var out = [];
    var chars = Array.from(text);
    var i = 0;
    while (i < chars.length) {
      var type = isHan(chars[i]) ? 'han' : isWordChar(chars[i]) ? 'word' : null;
      if (!type) {
        i++;
        continue;
      }
      var start = i;
      while (i < chars.length && (type === 'han' ? isHan(chars[i]) : isWordChar(chars[i]) && !isHan(chars[i]))) {
        i++;
      }
      out.push({ type: type, chars: chars.slice(start, i), text: chars.slice(start, i).join('') });
    }
    return out;
  }

  /** The terms a query matches on, as gongkai.search.Tokenizer.queryTerms. */
  function queryTerms(text) {
    var terms = [];
    runs(normalize(text)).forEach(function (r) {
      if (r.type === 'word') {
        terms.push(r.chars.slice(0, 40).join(''));
      } else if (r.chars.length === 1) {
        terms.push(r.chars[0]);
      } else {
        for (var k = 1; k < r.chars.length; k++) {
          terms.push(r.chars[k - 1] + r.chars[k]);
        }
      }
    });
    return terms.filter(function (t, i) {
      return terms.indexOf(t) === i;
    });
  }

  /** FNV-1a over UTF-16 code units, as gongkai.search.Shards.hash. */
  function hash(key) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  // 文号: prefix, then a four-digit year in 〔〕 [] () 【】 or none, then the number, 第 and 号 optional.
  var DOC_NUMBER = /(\p{Script=Han}*)\s*([\[(〔【])?\s*((?:19|20)\d{2})\s*([\])〕】])?\s*第?\s*0*(\d{1,6})\s*号?/u;

  /** The 文号 in a normalized query, or null; without a prefix only a bracketed year counts. */
  function docNumberIn(text) {
    var m = DOC_NUMBER.exec(text);
    if (!m || !m[1] && !m[2]) {
      return null;
    }
    return { prefix: m[1], year: +m[3], number: +m[5], term: '#' + +m[3] + '-' + +m[5], match: m[0] };
  }

  // ---------------------------------------------------------------- pinyin

  /** Folds sounds many speakers do not tell apart, as gongkai.search.Pinyin.fuzzy. */
  function fuzzy(s) {
    if (/^(zh|ch|sh)/.test(s)) {
      s = s.charAt(0) + s.slice(2);
    } else if (s.charAt(0) === 'n' && s.length > 1) {
      s = 'l' + s.slice(1);
    }
    if (/(ang|eng|ing)$/.test(s)) {
      s = s.slice(0, -1);
    }
    return s;
  }

  /** Cuts letters into the fewest pinyin syllables, or returns null. */
  function segment(letters, syllables) {
    var best = [[]];
    for (var i = 0; i < letters.length; i++) {
      if (!best[i]) {
        continue;
      }
      for (var len = Math.min(6, letters.length - i); len >= 1; len--) {
        var piece = letters.substr(i, len);
        if (syllables.has(piece)) {
          var path = best[i].concat([piece]);
          if (!best[i + len] || path.length < best[i + len].length) {
            best[i + len] = path;
          }
        }
      }
    }
    return best[letters.length] || null;
  }

  function initials(syllables) {
    return syllables.map(function (s) {
      return s.charAt(0);
    }).join('');
  }

  /** Edit distance with transpositions, for typos; stops early above {@code max}. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    var prev2 = null;
    var prev = [];
    for (var j = 0; j <= b.length; j++) {
      prev.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var cur = [i];
      var low = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur.push(v);
        low = Math.min(low, v);
      }
      if (low > max) {
        return max + 1;
      }
      prev2 = prev;
      prev = cur;
    }
    return prev[b.length];
  }

  // ---------------------------------------------------------------- the index

  /** Posting list in base-64 deltas or as a bitmap (gongkai.search.PostingList). */
  function decodeList(s) {
    var out = [];
    if (!s) {
      return out;
    }
    if (s.charAt(0) === '~') {
      for (var i = 1; i < s.length; i++) {
        var bits = DIGIT[s.charAt(i)];
        for (var b = 0; b < 6; b++) {
          if (bits >> b & 1) {
            out.push((i - 1) * 6 + b);
          }
        }
      }
      return out;
    }
    var doc = -1;
    var n = 0;
    for (var k = 0; k < s.length; k++) {
      var v = DIGIT[s.charAt(k)];
      n = n * 32 + (v & 31);
      if (v < 32) {
        doc += n;
        out.push(doc);
        n = 0;
      }
    }
    return out;
  }

  function Index(base) {
    this.base = base;
    this.files = new Map();
    this.weights = new Map();
    this.meta = null;
  }

  /** Fetches a file of the index once; the version keeps a rebuilt site from mixing cached files. */
  Index.prototype.json = function (path, optional) {
    var cached = this.files.get(path);
    if (cached) {
      return cached;
    }
    var url = this.base + path + (this.meta ? '?v=' + this.meta.version : '');
    var p = fetch(url, this.meta ? {} : { cache: 'no-cache' }).then(function (r) {
      if (r.ok) {
        return r.json();
      }
      if (optional && r.status === 404) {
        return null;
      }
      throw new Error(url + ': ' + r.status);
    });
    this.files.set(path, p);
    return p;
  };

  Index.prototype.open = function () {
    var self = this;
    if (!this.opening) {
      this.opening = this.json('meta.json').then(function (meta) {
        self.meta = meta;
        self.decodeFacets();
        return self;
      });
    }
    return this.opening;
  };

  /** Unpacks every document's filter values, and each document's year from the year ranges. */
  Index.prototype.decodeFacets = function () {
    var meta = this.meta;
    var n = meta.count;
    var values = {};
    meta.order.forEach(function (dim) {
      values[dim] = new Uint16Array(n);
    });
    var bit = 0;
    var codes = meta.codes;
    function read(width) {
      var v = 0;
      for (var b = 0; b < width; b++, bit++) {
        v |= (DIGIT[codes.charAt(bit / 6 | 0)] >> bit % 6 & 1) << b;
      }
      return v;
    }
    for (var doc = 0; doc < n; doc++) {
      for (var k = 0; k < meta.order.length; k++) {
        values[meta.order[k]][doc] = read(meta.bits[k]);
      }
    }
    var years = new Uint16Array(n);
    meta.years.forEach(function (y) {
      years.fill(y[0], y[1], y[1] + y[2]);
    });
    this.values = values;
    this.years = years;
  };

  /** The topics of a document (values of the topic filter, 0 for none). */
  Index.prototype.topics = function (doc) {
    var first = this.values.topic[doc];
    var more = this.meta.more[doc];
    return more ? [first].concat(more) : [first];
  };

  Index.prototype.shard = function (term) {
    return this.json('t/' + hash(term) % this.meta.shards.t + '.json').then(function (s) {
      return s[term];
    });
  };

  /**
   * For a term: its weight in every document (0 where it does not occur), and how many documents
   * have it; null when no document has it.
   */
  Index.prototype.postings = function (term) {
    var self = this;
    if (this.weights.has(term)) {
      return Promise.resolve(this.weights.get(term));
    }
    return this.shard(term).then(function (entry) {
      var result = null;
      if (typeof entry === 'string') {
        var parts = entry.split('|');
        var w = new Uint8Array(self.meta.count);
        var df = 0;
        [TITLE, OFTEN, BODY].forEach(function (weight, i) {
          decodeList(parts[i]).forEach(function (doc) {
            w[doc] = weight;
            df++;
          });
        });
        result = { w: w, df: df };
      }
      self.weights.set(term, result);
      return result;
    });
  };

  Index.prototype.doc = function (n) {
    return this.json('d/' + Math.floor(n / this.meta.docsPerFolder) + '/' + n + '.json');
  };

  /** The portal's two-character words read as {@code key} (fuzzy pinyin of two syllables). */
  Index.prototype.readings = function (key) {
    return this.json('p/' + hash(key) % this.meta.shards.p + '.json').then(function (s) {
      return s[key] || [];
    });
  };

  /** Keywords containing {@code ch}: [text, weight]. */
  Index.prototype.keywordsWith = function (ch) {
    return this.json('k/' + hash(ch) % this.meta.shards.k + '.json');
  };

  /** Keywords whose pinyin starts with {@code letter}: [text, "yang lao", weight]. */
  Index.prototype.keywordsByLetter = function (letter) {
    if (!/^[a-z]$/.test(letter)) {
      return Promise.resolve([]);
    }
    return this.json('k/' + letter + '.json', true).then(function (list) {
      return list || [];
    });
  };

  Index.prototype.syllables = function () {
    if (!this.syllableSet) {
      this.syllableSet = this.json('syllables.json').then(function (list) {
        return new Set(list);
      });
    }
    return this.syllableSet;
  };

  /** Each character's readings, for sounding out a query. */
  Index.prototype.sounds = function () {
    if (!this.soundMap) {
      this.soundMap = this.json('chars.json').then(function (table) {
        var map = new Map();
        Object.keys(table).forEach(function (syllable) {
          Array.from(table[syllable]).forEach(function (ch) {
            var list = map.get(ch);
            if (!list) {
              map.set(ch, list = []);
            }
            list.push(syllable);
          });
        });
        return map;
      });
    }
    return this.soundMap;
  };

  // ---------------------------------------------------------------- from pinyin to Chinese

  /** Best keyword written {@code letters} in full pinyin, else in initials; null if none. */
  function keywordFor(index, letters) {
    return index.keywordsByLetter(letters.charAt(0)).then(function (list) {
      var full = null;
      var abbr = null;
      list.forEach(function (k) {
        var syl = k[1].split(' ');
        if (syl.join('') === letters && (!full || k[2] > full[2])) {
          full = k;
        } else if (letters.length >= 2 && initials(syl) === letters && (!abbr || k[2] > abbr[2])) {
          abbr = k;
        }
      });
      return full ? full[0] : abbr ? abbr[0] : null;
    });
  }

  /**
   * Chinese for a run of syllables: the chain of the portal's two-character words, one per pair of
   * neighbouring syllables, that agree on the shared character and are most common; exact readings
   * before fuzzy ones. Null when some pair is no word of the portal.
   */
  function fromSyllables(index, syllables) {
    var pairs = [];
    for (var i = 0; i + 1 < syllables.length; i++) {
      pairs.push(index.readings(fuzzy(syllables[i]) + fuzzy(syllables[i + 1])));
    }
    return Promise.all(pairs).then(function (lists) {
      var steps = lists.map(function (list, i) {
        var exact = syllables[i] + ' ' + syllables[i + 1];
        var same = list.filter(function (c) {
          return c[1] === exact;
        });
        return (same.length ? same : list).map(function (c) {
          return { word: c[0], score: Math.log(c[2] + 1) + (c[1] === exact ? 2 : 0) };
        });
      });
      if (!steps.length || steps.some(function (s) {
        return !s.length;
      })) {
        return null;
      }
      // Best chain by dynamic programming; a pair that agrees with no neighbour starts a new word.
      var best = steps[0].map(function (c) {
        return { total: c.score, text: c.word };
      });
      for (var k = 1; k < steps.length; k++) {
        best = steps[k].map(function (c) {
          var top = null;
          best.forEach(function (b) {
            var joins = b.text.charAt(b.text.length - 1) === c.word.charAt(0);
            var total = b.total + c.score - (joins ? 0 : 5);
            if (!top || total > top.total) {
              top = { total: total, text: b.text + (joins ? c.word.charAt(1) : ' ' + c.word) };
            }
          });
          return top;
        });
      }
      return best.reduce(function (a, b) {
        return b.total > a.total ? b : a;
      }).text;
    });
  }

  /**
   * Replaces runs of latin letters that read as pinyin (full, or initials of a keyword) by Chinese.
   * Runs separated only by spaces or apostrophes are read together, so yanglao fuwu is one phrase.
   */
  function convertPinyin(index, text) {
    var phrases = [];
    var re = /[a-z]+(?:['\s]+[a-z]+)*/g;
    var m;
    while ((m = re.exec(text))) {
      phrases.push({ start: m.index, end: m.index + m[0].length, source: m[0], letters: m[0].replace(/['\s]+/g, '') });
    }
    if (!phrases.length) {
      return Promise.resolve({ text: text, converted: [], failed: [] });
    }
    return index.syllables().then(function (syllables) {
      return Promise.all(phrases.map(function (p) {
        return keywordFor(index, p.letters).then(function (word) {
          if (word) {
            return word;
          }
          var syl = [];
          var ok = p.source.split(/['\s]+/).every(function (chunk) {
            var cut = segment(chunk, syllables);
            syl = syl.concat(cut || []);
            return !!cut;
          });
          return ok && syl.length >= 2 ? fromSyllables(index, syl) : null;
        });
      }));
    }).then(function (words) {
      var out = '';
      var last = 0;
      var converted = [];
      var failed = [];
      phrases.forEach(function (p, i) {
        out += text.slice(last, p.start) + (words[i] || p.source);
        last = p.end;
        if (words[i]) {
          converted.push({ from: p.source, to: words[i] });
        } else {
          failed.push(p.source);
        }
      });
      return { text: out + text.slice(last), converted: converted, failed: failed };
    });
  }

  // ---------------------------------------------------------------- plain-language synonyms

  /** The query and its variants with each catalogue word replaced by the others of its group. */
  function variants(text, groups) {
    var found = [];
    var words = [];
    groups.forEach(function (g) {
      g.forEach(function (w) {
        words.push({ word: w, group: g });
      });
    });
    words.sort(function (a, b) {
      return b.word.length - a.word.length;
    });
    var taken = [];
    words.forEach(function (w) {
      var at = text.indexOf(w.word);
      while (at >= 0) {
        var end = at + w.word.length;
        var clash = taken.some(function (t) {
          return at < t[1] && end > t[0];
        });
        if (!clash) {
          taken.push([at, end]);
          found.push(w);
          break;
        }
        at = text.indexOf(w.word, at + 1);
      }
    });
    var out = [text];
    var also = [];
    found.forEach(function (f) {
      var more = [];
      f.group.forEach(function (alt) {
        if (alt !== f.word) {
          also.push(alt);
          out.forEach(function (v) {
            more.push(v.replace(f.word, alt));
          });
        }
      });
      out = out.concat(more).slice(0, 8);
    });
    return { texts: out, also: also };
  }

  // ---------------------------------------------------------------- matching and ranking

  /**
   * Documents with every term of {@code text}: each with its tier (2 all terms in the title, 1 some,
   * 0 none) and score (sum of weights). Reports terms no document has.
   */
  function match(index, text) {
    var terms = queryTerms(text);
    if (!terms.length) {
      return Promise.resolve({ hits: [], missing: [], terms: terms });
    }
    return Promise.all(terms.map(function (t) {
      return index.postings(t);
    })).then(function (lists) {
      var missing = terms.filter(function (t, i) {
        return !lists[i];
      });
      if (missing.length) {
        return { hits: [], missing: missing, terms: terms, lists: lists };
      }
      var order = lists.slice().sort(function (a, b) {
        return a.df - b.df;
      });
      var hits = [];
      var rarest = order[0].w;
      for (var doc = 0; doc < rarest.length; doc++) {
        if (!rarest[doc]) {
          continue;
        }
        var inTitle = 0;
        var score = 0;
        var all = true;
        for (var k = 0; k < order.length; k++) {
          var w = order[k].w[doc];
          if (!w) {
            all = false;
            break;
          }
          score += w;
          if (w === TITLE) {
            inTitle++;
          }
        }
        if (all) {
          hits.push({ n: doc, tier: inTitle === order.length ? 2 : inTitle ? 1 : 0, score: score });
        }
      }
      return { hits: hits, missing: [], terms: terms, lists: lists };
    });
  }

  /** Documents with at least half of the terms that exist, when none has them all. */
  function partial(index, m) {
    var present = m.lists.filter(Boolean);
    var need = Math.max(1, Math.ceil(m.terms.length / 2));
    if (present.length < need) {
      return [];
    }
    var hits = [];
    var n = index.meta.count;
    for (var doc = 0; doc < n; doc++) {
      var count = 0;
      var score = 0;
      for (var k = 0; k < present.length; k++) {
        if (present[k].w[doc]) {
          count++;
          score += present[k].w[doc];
        }
      }
      if (count >= need) {
        hits.push({ n: doc, tier: 0, score: score + count * 10 });
      }
    }
    return hits;
  }

  /** Documents whose 文号 is the one in the query; the prefix may be cut short on either side. */
  function docNumberHits(index, dn) {
    return index.shard(dn.term).then(function (entry) {
      return (Array.isArray(entry) ? entry : []).filter(function (e) {
        var prefix = e[1];
        return !dn.prefix || prefix.endsWith(dn.prefix) || dn.prefix.endsWith(prefix);
      }).map(function (e) {
        return { n: e[0], tier: 3, score: 100 };
      });
    });
  }

  /**
   * 文号 first, then title matches, documents in force, the policy itself before what explains it
   * (types in their index order: 政策文件, 政策解读, 工作要点), body matches, and the newest (lowest number).
   */
  function rank(index, hits) {
    var status = index.values.status;
    var type = index.values.type;
    var ranks = index.meta.dims.status.rank;
    return hits.sort(function (a, b) {
      return b.tier - a.tier || ranks[status[a.n]] - ranks[status[b.n]] || type[a.n] - type[b.n] || b.score - a.score
          || a.n - b.n;
    });
  }

  function union(lists) {
    var byDoc = new Map();
    lists.forEach(function (hits) {
      hits.forEach(function (h) {
        var old = byDoc.get(h.n);
        if (!old || h.tier > old.tier || h.tier === old.tier && h.score > old.score) {
          byDoc.set(h.n, h);
        }
      });
    });
    return Array.from(byDoc.values());
  }

  /** Runs one spelling of the query with its synonym variants and its 文号. */
  function evaluate(index, text, dn) {
    var v = variants(text, index.meta.synonyms);
    return Promise.all(v.texts.map(function (t) {
      return match(index, t);
    }).concat(dn ? [docNumberHits(index, dn)] : [])).then(function (results) {
      var matches = results.slice(0, v.texts.length);
      var lists = matches.map(function (m) {
        return m.hits;
      });
      if (dn) {
        lists.push(results[results.length - 1]);
      }
      return { hits: union(lists), first: matches[0], matches: matches, also: v.also, texts: v.texts };
    });
  }

  // ---------------------------------------------------------------- corrections (错别字自动纠正)

  /** Readings of each character of {@code chars}, combined, at most {@code limit} combinations. */
  function soundings(sounds, chars, limit) {
    var out = [[]];
    for (var i = 0; i < chars.length; i++) {
      var readings = (sounds.get(chars[i]) || []).slice(0, 2);
      if (!readings.length) {
        return [];
      }
      var next = [];
      out.forEach(function (o) {
        readings.forEach(function (r) {
          if (next.length < limit) {
            next.push(o.concat([r]));
          }
        });
      });
      out = next;
    }
    return out;
  }

  function shared(a, b) {
    var n = 0;
    for (var i = 0; i < Math.min(a.length, b.length); i++) {
      if (a[i] === b[i]) {
        n++;
      }
    }
    return n;
  }

  /** A keyword that sounds like {@code run} (same fuzzy syllables), with most characters in common. */
  function keywordBySound(index, sounds, run) {
    var combos = soundings(sounds, run.chars, 16);
    if (!combos.length) {
      return Promise.resolve(null);
    }
    var keys = new Set(combos.map(function (c) {
      return c.map(fuzzy).join('');
    }));
    var letters = Array.from(new Set(combos.map(function (c) {
      return c[0].charAt(0);
    })));
    return Promise.all(letters.map(function (l) {
      return index.keywordsByLetter(l);
    })).then(function (lists) {
      var best = null;
      [].concat.apply([], lists).forEach(function (k) {
        var syl = k[1] ? k[1].split(' ') : [];
        if (syl.length !== run.chars.length || k[0] === run.text || !keys.has(syl.map(fuzzy).join(''))) {
          return;
        }
        var score = shared(Array.from(k[0]), run.chars) * 1000 + k[2];
        if (!best || score > best.score) {
          best = { text: k[0], score: score };
        }
      });
      return best && best.text;
    });
  }

  /**
   * Replaces each rare two-character term of {@code run} (in fewer than three documents) by one
   * that sounds alike, differs in one character, and is at least ten times as common.
   */
  function bigramsBySound(index, sounds, run) {
    var chars = run.chars.slice();
    var positions = [];
    for (var i = 0; i + 1 < run.chars.length; i++) {
      positions.push(i);
    }
    return positions.reduce(function (p, i) {
      return p.then(function () {
        return index.postings(chars[i] + chars[i + 1]);
      }).then(function (own) {
        var df = own ? own.df : 0;
        if (df >= 3) {
          return;
        }
        var combos = soundings(sounds, [chars[i], chars[i + 1]], 4);
        return Promise.all(combos.map(function (c) {
          return index.readings(fuzzy(c[0]) + fuzzy(c[1]));
        })).then(function (lists) {
          var best = null;
          [].concat.apply([], lists).forEach(function (c) {
            var w = Array.from(c[0]);
            var oneDiffers = (w[0] === chars[i]) !== (w[1] === chars[i + 1]);
            if (oneDiffers && c[2] >= 10 * Math.max(1, df) && (!best || c[2] > best[2])) {
              best = c;
            }
          });
          if (best) {
            var w = Array.from(best[0]);
            chars[i] = w[0];
            chars[i + 1] = w[1];
          }
        });
      });
    }, Promise.resolve()).then(function () {
      var text = chars.join('');
      return text === run.text ? null : text;
    });
  }

  /** A keyword one or two edits away from {@code run}: a character too many, too few or swapped. */
  function keywordBySpelling(index, run) {
    var max = run.chars.length >= 6 ? 2 : 1;
    var ends = Array.from(new Set([run.chars[0], run.chars[run.chars.length - 1]]));
    return Promise.all(ends.map(function (ch) {
      return index.keywordsWith(ch);
    })).then(function (lists) {
      var best = null;
      [].concat.apply([], lists).forEach(function (k) {
        var dist = distance(run.chars, Array.from(k[0]), max);
        if (dist > 0 && dist <= max && (!best || dist < best.dist || dist === best.dist && k[1] > best.weight)) {
          best = { text: k[0], dist: dist, weight: k[1] };
        }
      });
      return best && best.text;
    });
  }

  /** A keyword whose pinyin is a keyboard slip away from {@code letters}. */
  function keywordBySlip(index, letters) {
    var max = letters.length > 6 ? 2 : 1;
    var shards = [letters.charAt(0)].concat((NEIGHBOURS[letters.charAt(0)] || '').split(''));
    return Promise.all(shards.map(function (l) {
      return index.keywordsByLetter(l);
    })).then(function (lists) {
      var best = null;
      [].concat.apply([], lists).forEach(function (k) {
        if (!k[1]) {
          return;
        }
        var dist = distance(letters, k[1].replace(/ /g, ''), max);
        if (dist <= max && (!best || dist < best.dist || dist === best.dist && k[2] > best.weight)) {
          best = { text: k[0], dist: dist, weight: k[2] };
        }
      });
      return best && best.text;
    });
  }

  /**
   * What the reader probably meant: each run of the query that has an unknown term, or all of them
   * when nothing matched, corrected by sound (keyword, then term by term), then by spelling; pinyin
   * that read as nothing is corrected for keyboard slips. Null when nothing changes.
   */
  function correct(index, text, conversion, missing) {
    return index.sounds().then(function (sounds) {
      var jobs = runs(text).map(function (r) {
        if (r.type === 'han' && r.chars.length >= 2) {
          var suspicious = !missing.length || queryTerms(r.text).some(function (t) {
            return missing.indexOf(t) >= 0;
          });
          if (!suspicious) {
            return Promise.resolve(null);
          }
          return keywordBySound(index, sounds, r).then(function (k) {
            return k || bigramsBySound(index, sounds, r);
          }).then(function (k) {
            return k || keywordBySpelling(index, r);
          }).then(function (k) {
            return k && { from: r.text, to: k };
          });
        }
        if (r.type === 'word' && conversion.failed.indexOf(r.text) >= 0 && LATIN.test(r.text) && r.text.length >= 3) {
          return keywordBySlip(index, r.text).then(function (k) {
            return k && { from: r.text, to: k };
          });
        }
        return Promise.resolve(null);
      });
      return Promise.all(jobs);
    }).then(function (fixes) {
      var out = text;
      var changed = false;
      fixes.forEach(function (f) {
        if (f && f.to !== f.from) {
          out = out.replace(f.from, f.to);
          changed = true;
        }
      });
      return changed ? out : null;
    });
  }

  // ---------------------------------------------------------------- a whole query

  /**
   * Answers {@code raw}: the ranked documents and how the query was read (pinyin converted,
   * synonyms added, corrected or only partly matched).
   */
  function run(index, raw) {
    var query = normalize(raw).replace(/\s+/g, ' ').trim();
    var result = { query: raw.trim(), text: query, converted: [], also: [], correction: null, mode: 'exact', hits: [] };
    if (!query) {
      return Promise.resolve(result);
    }
    var dn = docNumberIn(query);
    // The 文号 is also matched as plain terms, in its standard parts, so documents citing it are found too.
    var plain = dn ? query.replace(dn.match, ' ' + dn.prefix + ' ' + dn.year + ' ' + dn.number + ' ').trim() : query;
    return convertPinyin(index, plain).then(function (conversion) {
      result.converted = conversion.converted;
      result.text = conversion.text;
      return evaluate(index, conversion.text, dn).then(function (found) {
        result.hits = found.hits;
        result.also = found.also;
        result.needles = needles(found.texts);
        var rare = !dn && found.first.lists && found.first.lists.some(function (l) {
          return l && l.df < 3;
        });
        if (found.hits.length && !rare) {
          return result;
        }
        return correct(index, conversion.text, conversion, found.first.missing).then(function (fixed) {
          if (!fixed || fixed === conversion.text) {
            return null;
          }
          return evaluate(index, fixed, dn).then(function (better) {
            if (better.hits.length > Math.max(2, found.hits.length * 2)) {
              result.correction = fixed;
              if (!found.hits.length) {
                result.mode = 'corrected';
                result.hits = better.hits;
                result.also = better.also;
                result.needles = needles(better.texts);
              }
            }
            return null;
          });
        }).then(function () {
          if (!result.hits.length) {
            result.hits = union(found.matches.filter(function (m) {
              return m.lists;
            }).map(function (m) {
              return partial(index, m);
            }));
            result.mode = result.hits.length ? 'partial' : 'none';
          }
          return result;
        });
      });
    }).then(function (r) {
      rank(index, r.hits);
      return r;
    });
  }

  /** What to highlight: each Han run of the query as said, and its two-character pieces, longest first. */
  function needles(texts) {
    var out = new Set();
    texts.forEach(function (t) {
      runs(t).forEach(function (r) {
        out.add(r.text);
        if (r.type === 'han') {
          for (var i = 0; i + 1 < r.chars.length; i++) {
            out.add(r.chars[i] + r.chars[i + 1]);
          }
        }
      });
    });
    return Array.from(out).sort(function (a, b) {
      return b.length - a.length;
    });
  }

  // ---------------------------------------------------------------- presentation helpers

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') {
        e.textContent = attrs[k];
      } else {
        e.setAttribute(k, attrs[k]);
      }
    });
    (children || []).forEach(function (c) {
      if (c) {
        e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
      }
    });
    return e;
  }

  /** Folds one character at a time, so positions in the folded text are positions in the original. */
  function foldChars(text) {
    return Array.from(text).map(function (ch) {
      var f = normalize(ch);
      return f.length === ch.length ? f : ch;
    }).join('');
  }

  /** Ranges of {@code text} where a needle occurs, longest needles first, without overlaps. */
  function marks(text, list) {
    var folded = foldChars(text);
    var ranges = [];
    (list || []).forEach(function (n) {
      if (!n) {
        return;
      }
      var at = folded.indexOf(n);
      while (at >= 0) {
        var end = at + n.length;
        if (!ranges.some(function (r) {
          return at < r[1] && end > r[0];
        })) {
          ranges.push([at, end]);
        }
        at = folded.indexOf(n, end);
      }
    });
    return ranges.sort(function (a, b) {
      return a[0] - b[0];
    });
  }

  /** {@code text} with the needles in {@code <mark>}. */
  function highlighted(text, list) {
    var frag = document.createDocumentFragment();
    var last = 0;
    marks(text, list).forEach(function (r) {
      frag.appendChild(document.createTextNode(text.slice(last, r[0])));
      frag.appendChild(el('mark', { text: text.slice(r[0], r[1]) }));
      last = r[1];
    });
    frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }

  /** About 100 characters of {@code text} around the first place of its longest match, or its start. */
  function excerpt(text, list) {
    var flat = text.replace(/\s+/g, ' ');
    var folded = foldChars(flat);
    var at = 0;
    for (var i = 0; i < (list || []).length; i++) {
      var found = folded.indexOf(list[i]);
      if (found >= 0) {
        at = found;
        break;
      }
    }
    var start = Math.max(0, at - 30);
    var end = Math.min(flat.length, start + 110);
    return (start > 0 ? '…' : '') + flat.slice(start, end) + (end < flat.length ? '…' : '');
  }

  // ---------------------------------------------------------------- the page

  var FACETS = ['type', 'year', 'agency', 'topic', 'status'];

  function SearchPage(root) {
    this.root = root;
    this.scope = root.getAttribute('data-scope');
    this.links = root.getAttribute('data-links');
    this.index = new Index(root.getAttribute('data-index'));
    this.form = root.querySelector('form');
    this.input = root.querySelector('#search-q');
    this.status = root.querySelector('#search-status');
    this.results = root.querySelector('#search-results');
    this.filters = {};
    this.shown = PAGE;
    this.combobox();
    root.setAttribute('data-state', 'ready');
    var self = this;
    this.form.addEventListener('submit', function (e) {
      e.preventDefault();
      self.close();
      self.go(self.input.value, {});
    });
    window.addEventListener('popstate', function () {
      self.fromUrl();
    });
    this.fromUrl();
  }

  SearchPage.prototype.fromUrl = function () {
    var params = new URLSearchParams(location.search);
    var filters = {};
    FACETS.concat(['kind']).forEach(function (f) {
      if (params.get(f)) {
        filters[f] = params.get(f);
      }
    });
    var q = params.get('q') || '';
    this.input.value = q;
    if (q.trim()) {
      this.go(q, filters, true);
    }
  };

  /** Runs a query and shows it; the URL keeps query and filters, so results can be shared. */
  SearchPage.prototype.go = function (q, filters, fromUrl) {
    var self = this;
    this.filters = filters;
    this.shown = PAGE;
    this.root.setAttribute('data-state', 'busy');
    this.status.textContent = '正在搜索……';
    if (!fromUrl) {
      this.remember(q);
    }
    return this.index.open().then(function (index) {
      return run(index, q);
    }).then(function (result) {
      self.result = result;
      return self.render();
    }).catch(function () {
      self.status.textContent = '搜索暂时无法使用。请稍后再试，或按下面的年份、发布机构、主题浏览。';
      self.root.setAttribute('data-state', 'error');
    });
  };

  SearchPage.prototype.remember = function (q) {
    var params = new URLSearchParams();
    params.set('q', q);
    var f = this.filters;
    Object.keys(f).forEach(function (k) {
      params.set(k, f[k]);
    });
    history.pushState(null, '', '?' + params.toString());
  };

  /** The values of one document for a filter, as keys. */
  SearchPage.prototype.keysOf = function (dim, n) {
    var index = this.index;
    if (dim === 'year') {
      return [String(index.years[n])];
    }
    var keys = index.meta.dims[dim].keys;
    if (dim === 'topic') {
      return index.topics(n).filter(Boolean).map(function (t) {
        return keys[t];
      });
    }
    return [keys[index.values[dim][n]]];
  };

  SearchPage.prototype.passes = function (n, except) {
    var f = this.filters;
    var self = this;
    return Object.keys(f).every(function (dim) {
      return dim === except || self.keysOf(dim, n).indexOf(f[dim]) >= 0;
    });
  };

  SearchPage.prototype.scoped = function () {
    var kind = this.index.values.kind;
    return this.scope === 'policies' ? this.result.hits.filter(function (h) {
      return kind[h.n] !== 0;
    }) : this.result.hits;
  };

  SearchPage.prototype.render = function () {
    var self = this;
    var r = this.result;
    var hits = this.scoped();
    var shown = hits.filter(function (h) {
      return self.passes(h.n);
    });
    var box = this.results;
    box.textContent = '';
    box.appendChild(this.readingNotes(r));
    if (!hits.length) {
      return this.empty(r).then(function () {
        self.announce(r, 0, 0);
      });
    }
    var layout = el('div', { class: 'search-layout' });
    layout.appendChild(this.facets(hits));
    var list = el('section', { class: 'search-hits', 'aria-labelledby': 'search-hits-heading' });
    layout.appendChild(list);
    box.appendChild(layout);
    var groups = this.scope === 'policies' ? [
      { kind: 'normative', heading: '行政规范性文件' }, { kind: 'other', heading: '其他文件' }
    ] : [{ heading: '搜索结果' }];
    var kinds = this.index.meta.dims.kind.keys;
    var kind = this.index.values.kind;
    return Promise.all(groups.map(function (g, i) {
      var docs = g.kind ? shown.filter(function (h) {
        return kinds[kind[h.n]] === g.kind;
      }) : shown;
      var id = i === 0 ? 'search-hits-heading' : 'search-hits-' + i;
      var section = el('div', { class: 'search-group' }, [el('h2', { id: id, text: g.heading + '（' + docs.length + ' 条）' })]);
      list.appendChild(section);
      return self.page(section, docs, self.shown);
    })).then(function () {
      self.announce(r, hits.length, shown.length);
    });
  };

  /** Lines saying how the query was read: pinyin, synonyms, corrections, partial matches. */
  SearchPage.prototype.readingNotes = function (r) {
    var frag = document.createDocumentFragment();
    var self = this;
    if (r.correction) {
      var link = el('a', { href: '?q=' + encodeURIComponent(r.correction), text: r.correction });
      link.addEventListener('click', function (e) {
        e.preventDefault();
        self.input.value = r.correction;
        self.go(r.correction, {});
      });
      frag.appendChild(el('p', { class: 'search-didyoumean' }, ['您是不是要找：', link]));
    }
    if (r.converted.length) {
      frag.appendChild(el('p', { class: 'search-note', text: '拼音' + r.converted.map(function (c) {
        return '“' + c.from + '”按“' + c.to + '”';
      }).join('、') + '搜索。' }));
    }
    if (r.also.length) {
      frag.appendChild(el('p', { class: 'search-note', text: '同时搜索了意思相同的说法：' + r.also.join('、') + '。' }));
    }
    if (r.mode === 'partial') {
      frag.appendChild(el('p', { class: 'search-note', text: '没有同时包含全部关键词的内容，以下是包含部分关键词的结果。' }));
    }
    return frag;
  };

  SearchPage.prototype.announce = function (r, total, shown) {
    var q = '“' + r.query + '”';
    var text;
    if (!total) {
      text = '没有找到与' + q + '相关的内容。';
    } else if (r.mode === 'corrected') {
      text = '没有找到' + q + '的结果，已为您显示“' + r.correction + '”的 ' + total + ' 条结果。';
    } else {
      text = '找到 ' + total + ' 条与' + q + '相关的结果' + (shown !== total ? '，筛选后 ' + shown + ' 条' : '') + '。';
    }
    this.status.textContent = text;
    this.root.setAttribute('data-state', 'done');
  };

  /**
   * Buttons to narrow the results, each value with its count among the results the other filters
   * leave. Folded away on narrow screens, so that on a phone the results come first.
   */
  SearchPage.prototype.facets = function (hits) {
    var self = this;
    var meta = this.index.meta;
    var aside = el('details', { class: 'search-facets' }, [el('summary', {}, [
      el('h2', { id: 'search-facets-heading', text: '筛选' }),
      el('span', { class: 'search-facets-hint', text: '按类型、年份、发布机构、主题、有效性' })])]);
    aside.open = this.facetsOpen !== undefined ? this.facetsOpen : window.matchMedia('(min-width: 48rem)').matches;
    aside.addEventListener('toggle', function () {
      self.facetsOpen = aside.open;
    });
    FACETS.forEach(function (dim) {
      if (dim === 'type' && self.scope === 'policies') {
        return;
      }
      var counts = new Map();
      hits.forEach(function (h) {
        if (self.passes(h.n, dim)) {
          self.keysOf(dim, h.n).forEach(function (k) {
            counts.set(k, (counts.get(k) || 0) + 1);
          });
        }
      });
      var label = dim === 'year' ? '年份' : meta.dims[dim].label;
      var keys = dim === 'year' ? meta.years.map(function (y) {
        return String(y[0]);
      }) : meta.dims[dim].keys;
      var list = el('ul', { class: 'facet-values' });
      keys.forEach(function (key, i) {
        if (!key || !counts.get(key)) {
          return;
        }
        var name = dim === 'year' ? key + '年' : meta.dims[dim].labels[i];
        var pressed = self.filters[dim] === key;
        var button = el('button', { type: 'button', 'aria-pressed': String(pressed), 'data-facet': dim, 'data-value': key },
          [name, el('span', { class: 'facet-count', text: '（' + counts.get(key) + '）' })]);
        button.addEventListener('click', function () {
          if (pressed) {
            delete self.filters[dim];
          } else {
            self.filters[dim] = key;
          }
          self.shown = PAGE;
          self.remember(self.result.query);
          self.render().then(function () {
            var again = self.results.querySelector('[data-facet="' + dim + '"][data-value="' + key + '"]');
            (again || self.results.querySelector('.search-facets summary')).focus();
          });
        });
        list.appendChild(el('li', {}, [button]));
      });
      if (list.childNodes.length) {
        aside.appendChild(el('div', { class: 'facet', 'data-facet-group': dim }, [el('h3', { text: label }), list]));
      }
    });
    return aside;
  };

  /** Lists the first {@code count} of {@code docs}, and a button for more. */
  SearchPage.prototype.page = function (section, docs, count) {
    var self = this;
    var ol = el('ol', { class: 'search-list' });
    section.appendChild(ol);
    return this.append(ol, docs, 0, count).then(function () {
      self.moreButton(section, ol, docs, count);
    });
  };

  SearchPage.prototype.moreButton = function (section, ol, docs, count) {
    var self = this;
    if (docs.length <= count) {
      return;
    }
    var button = el('button', { type: 'button', class: 'search-more', text: '显示更多结果（还有 ' + (docs.length - count) + ' 条）' });
    button.addEventListener('click', function () {
      button.remove();
      var first = ol.children.length;
      self.append(ol, docs, count, count + PAGE).then(function () {
        var link = ol.children[first] && ol.children[first].querySelector('a');
        if (link) {
          link.focus();
        }
        self.moreButton(section, ol, docs, count + PAGE);
      });
    });
    section.appendChild(button);
  };

  SearchPage.prototype.append = function (ol, docs, from, to) {
    var self = this;
    var slice = docs.slice(from, to);
    return Promise.all(slice.map(function (h) {
      return self.index.doc(h.n);
    })).then(function (data) {
      data.forEach(function (doc, i) {
        ol.appendChild(self.item(slice[i].n, doc));
      });
    });
  };

  SearchPage.prototype.item = function (n, doc) {
    var meta = this.index.meta;
    var values = this.index.values;
    var needlesList = this.result.needles;
    var type = meta.dims.type.labels[values.type[n]];
    var status = meta.dims.status;
    var line = [el('span', { class: 'search-type', text: type })];
    if (values.kind[n]) {
      line.push(el('span', { text: meta.dims.kind.labels[values.kind[n]] }));
    }
    if (doc.n) {
      line.push(el('span', {}, [highlighted(doc.n, needlesList)]));
    }
    line.push(el('span', { text: doc.a }), el('span', { text: doc.d + '发布' }),
      el('span', { class: 'validity validity-' + status.keys[values.status[n]], text: '有效性：' + status.labels[values.status[n]] }));
    var title = el('h3', { class: 'search-title' }, [el('a', { href: this.links + doc.u }, [highlighted(doc.t, needlesList)])]);
    if (doc.e) {
      title.appendChild(document.createTextNode(' '));
      title.appendChild(el('span', { class: 'badge badge-example', text: '示例' }));
    }
    return el('li', { class: 'search-result' }, [
      title,
      el('p', { class: 'doc-meta' }, line),
      doc.c ? el('p', { class: 'search-context', text: doc.c }) : null,
      el('p', { class: 'search-excerpt' }, [highlighted(excerpt(doc.x, needlesList), needlesList)])
    ]);
  };

  /** What was searched, the nearest keywords, and the indexes to browse instead. */
  SearchPage.prototype.empty = function (r) {
    var self = this;
    var box = el('div', { class: 'search-empty' }, [
      el('p', { text: '没有找到与“' + r.query + '”相关的内容。' + (r.text !== normalize(r.query).trim() ? '（按“' + r.text + '”搜索）' : '') })
    ]);
    this.results.appendChild(box);
    return nearest(this.index, r.text).then(function (words) {
      if (words.length) {
        var list = el('ul', { class: 'search-nearest' });
        words.forEach(function (w) {
          var a = el('a', { href: '?q=' + encodeURIComponent(w), text: w });
          a.addEventListener('click', function (e) {
            e.preventDefault();
            self.input.value = w;
            self.go(w, {});
          });
          list.appendChild(el('li', {}, [a]));
        });
        box.appendChild(el('p', { text: '您可以试试这些关键词：' }));
        box.appendChild(list);
      }
      box.appendChild(el('p', { text: '也可以换一个说法、检查有没有错别字，或按下面的年份、发布机构、主题浏览全部文件。' }));
    });
  };

  /** Keywords that share the most characters (or pinyin letters) with the query, shorter ones first. */
  function nearest(index, text) {
    var chars = Array.from(text).filter(isHan);
    var firstLetter = (/[a-z]/.exec(text) || [''])[0];
    var sources = Array.from(new Set(chars)).slice(0, 4).map(function (ch) {
      return index.keywordsWith(ch).then(function (list) {
        return list.map(function (k) {
          return { text: k[0], weight: k[1] };
        });
      });
    });
    if (firstLetter) {
      sources.push(index.keywordsByLetter(firstLetter).then(function (list) {
        return list.map(function (k) {
          return { text: k[0], weight: k[2], letters: k[1].replace(/ /g, '') };
        });
      }));
    }
    var latin = text.replace(/[^a-z]/g, '');
    return Promise.all(sources).then(function (lists) {
      var scored = new Map();
      [].concat.apply([], lists).forEach(function (k) {
        var shared = k.letters ? latin.length - distance(latin, k.letters, latin.length) : new Set(Array.from(k.text).filter(function (c) {
          return chars.indexOf(c) >= 0;
        })).size;
        var old = scored.get(k.text);
        if (shared > 0 && (!old || old.shared < shared)) {
          scored.set(k.text, { text: k.text, shared: shared, weight: k.weight });
        }
      });
      return Array.from(scored.values()).sort(function (a, b) {
        return b.shared - a.shared || a.text.length - b.text.length || b.weight - a.weight || (a.text < b.text ? -1 : 1);
      }).slice(0, 5).map(function (k) {
        return k.text;
      });
    });
  }

  // ---------------------------------------------------------------- suggestions (关键词推荐)

  /** Keywords for what is typed so far: containing its Chinese, or starting with its pinyin or initials. */
  function suggest(index, typed) {
    var text = normalize(typed).replace(/\s+/g, '');
    if (!text) {
      return Promise.resolve([]);
    }
    var han = Array.from(text).filter(isHan).join('');
    if (han) {
      return index.keywordsWith(Array.from(han)[0]).then(function (list) {
        return list.filter(function (k) {
          return k[0].indexOf(han) >= 0 && k[0] !== han;
        }).sort(function (a, b) {
          return (b[0].indexOf(han) === 0) - (a[0].indexOf(han) === 0) || b[1] - a[1] || a[0].length - b[0].length;
        }).map(function (k) {
          return k[0];
        });
      }).then(top);
    }
    if (!LATIN.test(text)) {
      return Promise.resolve([]);
    }
    return index.keywordsByLetter(text.charAt(0)).then(function (list) {
      return list.filter(function (k) {
        var syl = k[1].split(' ');
        return syl.join('').indexOf(text) === 0 || initials(syl).indexOf(text) === 0;
      }).map(function (k) {
        return k[0];
      });
    }).then(top);
  }

  function top(list) {
    return list.filter(function (w, i) {
      return list.indexOf(w) === i;
    }).slice(0, 8);
  }

  /** Turns the query input into an ARIA 1.2 combobox with a list of suggestions. */
  SearchPage.prototype.combobox = function () {
    var self = this;
    var input = this.input;
    var list = el('ul', { id: 'search-suggestions', class: 'search-suggestions', role: 'listbox', 'aria-label': '搜索建议' });
    list.hidden = true;
    input.parentNode.insertBefore(list, input.nextSibling);
    this.hint = el('p', { class: 'visually-hidden', 'aria-live': 'polite', id: 'search-suggestions-status' });
    input.parentNode.appendChild(this.hint);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    this.list = list;
    this.active = -1;
    var timer = null;
    var asked = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var ticket = ++asked;
        var typed = input.value;
        self.index.open().then(function (index) {
          return suggest(index, typed);
        }).then(function (words) {
          if (ticket === asked) {
            self.offer(words);
          }
        }).catch(function () {
          self.close();
        });
      }, 120);
    });
    input.addEventListener('keydown', function (e) {
      var open = !list.hidden;
      if (e.key === 'ArrowDown' && open) {
        e.preventDefault();
        self.move(1);
      } else if (e.key === 'ArrowUp' && open) {
        e.preventDefault();
        self.move(-1);
      } else if (e.key === 'Enter' && open && self.active >= 0) {
        e.preventDefault();
        self.choose(list.children[self.active].textContent);
      } else if (e.key === 'Escape' && open) {
        e.preventDefault();
        self.close();
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(function () {
        self.close();
      }, 150);
    });
  };

  SearchPage.prototype.offer = function (words) {
    var self = this;
    var list = this.list;
    list.textContent = '';
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    words.forEach(function (w, i) {
      var option = el('li', { id: 'search-suggestion-' + i, role: 'option', 'aria-selected': 'false', text: w });
      option.addEventListener('mousedown', function (e) {
        e.preventDefault();
        self.choose(w);
      });
      list.appendChild(option);
    });
    list.hidden = !words.length;
    this.input.setAttribute('aria-expanded', String(!!words.length));
    this.hint.textContent = words.length ? '有 ' + words.length + ' 条搜索建议，按上下方向键选择，按回车键搜索。' : '';
  };

  SearchPage.prototype.move = function (step) {
    var options = this.list.children;
    if (this.active >= 0) {
      options[this.active].setAttribute('aria-selected', 'false');
    }
    this.active = (this.active + step + options.length + 1) % (options.length + 1);
    if (this.active === options.length) {
      this.active = -1;
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    options[this.active].setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', options[this.active].id);
  };

  SearchPage.prototype.choose = function (word) {
    this.input.value = word;
    this.close();
    this.go(word, {});
  };

  SearchPage.prototype.close = function () {
    this.list.hidden = true;
    this.list.textContent = '';
    this.active = -1;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  };

  // ---------------------------------------------------------------- start

  window.GongkaiSearch = {
    Index: Index, run: run, suggest: suggest, normalize: normalize, queryTerms: queryTerms, fuzzy: fuzzy,
    segment: segment, decodeList: decodeList, hash: hash, docNumberIn: docNumberIn
  };
  var root = document.getElementById('search');
  if (root) {
    window.GongkaiSearch.page = new SearchPage(root);
  }
}());
