using System;
using System.Text;
using DrAudit.Core.Loading.Files;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>
    /// Turns UTF-8 bytes into strings, handing out one string per distinct text so an inventory's hundreds of
    /// thousands of runs and points share their job, object and repository names instead of each holding a copy.
    /// A table that keeps meeting new texts (times, messages) stops remembering them after
    /// <see cref="TrialLookups"/> look-ups and only decodes. Bytes that are not UTF-8 throw a
    /// <see cref="DecoderFallbackException"/>.
    /// </summary>
    internal sealed class Utf8StringTable
    {
        /// <summary>Look-ups after which a table that found fewer than half of its texts already known stops remembering:
        /// enough for thousands of distinct job or object names whose runs come day by day (each name new on the first
        /// day, known on every later one).</summary>
        public const int TrialLookups = 16384;

        /// <summary>Longer texts are decoded each time (a name is short; a long text is rarely repeated).</summary>
        public const int MaxLength = 128;

        private const int MaxEntries = 1 << 16;

        private Entry[] _slots = new Entry[64];
        private int _count;
        private int _lookups;
        private int _hits;
        private bool _remembering = true;
        private byte[] _scratch = new byte[256];
        private byte[]? _lastBytes;
        private string? _lastText;

        private struct Entry
        {
            public int Hash;
            public byte[]? Bytes;
            public string? Text;
        }

        public string Get(ReadOnlySpan<byte> utf8)
        {
            if (!_remembering || utf8.Length > MaxLength) return Decode(utf8);
            // Records come grouped (a job's runs, an object's points): most often the text is the one just given.
            if (_lastBytes != null && utf8.SequenceEqual(_lastBytes)) return Hit(_lastText!);
            var hash = Hash(utf8);
            var mask = _slots.Length - 1;
            var slot = hash & mask;
            while (_slots[slot].Bytes != null)
            {
                if (_slots[slot].Hash == hash && utf8.SequenceEqual(_slots[slot].Bytes))
                {
                    _lastBytes = _slots[slot].Bytes;
                    _lastText = _slots[slot].Text;
                    return Hit(_lastText!);
                }
                slot = (slot + 1) & mask;
            }
            var text = Decode(utf8);
            if (_lookups < TrialLookups) _lookups++;
            if (_lookups == TrialLookups && _hits * 2 < _lookups)
            {
                // Mostly new texts: remembering them would only hold memory.
                _remembering = false;
                _slots = new Entry[1];
                _count = 0;
                _lastBytes = null;
                return text;
            }
            if (_count >= MaxEntries) return text;
            _slots[slot] = new Entry { Hash = hash, Bytes = utf8.ToArray(), Text = text };
            _lastBytes = _slots[slot].Bytes;
            _lastText = text;
            if (++_count * 2 > _slots.Length) Grow();
            return text;
        }

        private string Hit(string text)
        {
            if (_lookups < TrialLookups)
            {
                _lookups++;
                _hits++;
            }
            return text;
        }

        private string Decode(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length == 0) return "";
            if (_scratch.Length < utf8.Length) _scratch = new byte[Math.Max(utf8.Length, _scratch.Length * 2)];
            utf8.CopyTo(_scratch);
            return InputFile.StrictUtf8.GetString(_scratch, 0, utf8.Length);
        }

        private static int Hash(ReadOnlySpan<byte> utf8)
        {
            // FNV-1a: short texts, so a simple byte-at-a-time hash is enough.
            var hash = unchecked((int)2166136261);
            foreach (var b in utf8) hash = unchecked((hash ^ b) * 16777619);
            return hash & int.MaxValue;
        }

        private void Grow()
        {
            var old = _slots;
            _slots = new Entry[old.Length * 2];
            var mask = _slots.Length - 1;
            foreach (var entry in old)
            {
                if (entry.Bytes == null) continue;
                var slot = entry.Hash & mask;
                while (_slots[slot].Bytes != null) slot = (slot + 1) & mask;
                _slots[slot] = entry;
            }
        }
    }
}
