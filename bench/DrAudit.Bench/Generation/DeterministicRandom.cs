using System;

namespace DrAudit.Bench.Generation
{
    /// <summary>SplitMix64: the same seed gives the same numbers on every machine and runtime, unlike
    /// <see cref="Random"/>, whose algorithm is not part of its contract.</summary>
    public sealed class DeterministicRandom
    {
        private ulong _state;

        public DeterministicRandom(ulong seed)
        {
            _state = seed;
        }

        public ulong NextUInt64()
        {
            unchecked
            {
                var z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        /// <summary>A whole number in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
        public int Next(int min, int maxExclusive)
        {
            if (maxExclusive <= min) throw new ArgumentOutOfRangeException(nameof(maxExclusive), "The range is empty.");
            var span = (ulong)(maxExclusive - min);
            return min + (int)(NextUInt64() % span);
        }
    }
}
