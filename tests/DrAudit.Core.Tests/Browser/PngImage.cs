using System.IO.Compression;

namespace DrAudit.Core.Tests.Browser
{
    /// <summary>Just enough PNG decoding to look at a screenshot: 8-bit RGB or RGBA, not interlaced.</summary>
    public sealed class PngImage
    {
        private PngImage(int width, int height, int channels, byte[] pixels)
        {
            Width = width;
            Height = height;
            Channels = channels;
            Pixels = pixels;
        }

        public int Width { get; }
        public int Height { get; }
        public int Channels { get; }
        /// <summary>Rows of unfiltered pixel bytes.</summary>
        public byte[] Pixels { get; }

        public static PngImage Decode(byte[] png)
        {
            var signature = new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 };
            if (png.Length < 8 || !png.Take(8).SequenceEqual(signature)) throw new InvalidDataException("Not a PNG file.");
            int width = 0, height = 0, channels = 0;
            var idat = new MemoryStream();
            for (int at = 8; at + 8 <= png.Length;)
            {
                var length = (png[at] << 24) | (png[at + 1] << 16) | (png[at + 2] << 8) | png[at + 3];
                var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
                var data = at + 8;
                if (type == "IHDR")
                {
                    width = (png[data] << 24) | (png[data + 1] << 16) | (png[data + 2] << 8) | png[data + 3];
                    height = (png[data + 4] << 24) | (png[data + 5] << 16) | (png[data + 6] << 8) | png[data + 7];
                    if (png[data + 8] != 8 || png[data + 12] != 0) throw new InvalidDataException("Only 8-bit, non-interlaced PNGs are decoded.");
                    channels = png[data + 9] switch { 2 => 3, 6 => 4, _ => throw new InvalidDataException("Only RGB and RGBA PNGs are decoded.") };
                }
                else if (type == "IDAT") idat.Write(png, data, length);
                else if (type == "IEND") break;
                at = data + length + 4;
            }
            idat.Position = 0;
            var raw = new MemoryStream();
            using (var z = new ZLibStream(idat, CompressionMode.Decompress)) z.CopyTo(raw);
            var bytes = raw.ToArray();
            var stride = width * channels;
            var pixels = new byte[height * stride];
            for (int y = 0; y < height; y++)
            {
                var filter = bytes[y * (stride + 1)];
                for (int x = 0; x < stride; x++)
                {
                    int value = bytes[y * (stride + 1) + 1 + x];
                    int a = x >= channels ? pixels[y * stride + x - channels] : 0;
                    int b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
                    int c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels] : 0;
                    value += filter switch
                    {
                        0 => 0,
                        1 => a,
                        2 => b,
                        3 => (a + b) / 2,
                        4 => Paeth(a, b, c),
                        _ => throw new InvalidDataException("Unknown PNG filter " + filter + "."),
                    };
                    pixels[y * stride + x] = (byte)value;
                }
            }
            return new PngImage(width, height, channels, pixels);
        }

        /// <summary>How many different RGB colours the image has.</summary>
        public int DistinctColours()
        {
            var seen = new HashSet<int>();
            for (int i = 0; i + 2 < Pixels.Length; i += Channels) seen.Add((Pixels[i] << 16) | (Pixels[i + 1] << 8) | Pixels[i + 2]);
            return seen.Count;
        }

        /// <summary>The share of pixels that are not (near) white.</summary>
        public double InkShare()
        {
            long ink = 0, total = 0;
            for (int i = 0; i + 2 < Pixels.Length; i += Channels, total++)
                if (Pixels[i] < 235 || Pixels[i + 1] < 235 || Pixels[i + 2] < 235) ink++;
            return total == 0 ? 0 : (double)ink / total;
        }

        private static int Paeth(int a, int b, int c)
        {
            int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
            return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        }
    }
}
