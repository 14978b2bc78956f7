using DrAudit.Core.Text;

namespace DrAudit.Core.Tests.Text
{
    public class SafeTextTests
    {
        [Theory]
        [InlineData("Backup \u001b[2J\u001b[HAll jobs OK", "Backup \uFFFD[2J\uFFFD[HAll jobs OK")]
        [InlineData("bell\u0007nul\0del\u007f", "bell\uFFFDnul\uFFFDdel\uFFFD")]
        [InlineData("c1 csi \u009b31m", "c1 csi \uFFFD31m")]
        [InlineData("tab\tand\nlines\r\n", "tab\tand\nlines\r\n")]
        [InlineData("evil\u202Egnp.exe", "evil[U+202E]gnp.exe")]
        [InlineData("Zürich 東京 \U0001F600", "Zürich 東京 \U0001F600")]
        public void ForConsoleNeutralisesControlsAndKeepsText(string input, string expected)
        {
            Assert.Equal(expected, SafeText.ForConsole(input));
        }

        [Fact]
        public void ALoneSurrogateIsReplaced()
        {
            var lone = "lone " + (char)0xD800 + " surrogate";

            Assert.Equal("lone \uFFFD surrogate", SafeText.ForConsole(lone));
            Assert.Equal("lone \uFFFD surrogate", SafeText.ForMarkup(lone));
        }

        [Fact]
        public void ForMarkupKeepsBidiControlsButNotControlCharacters()
        {
            Assert.Equal("a\u202Eb\uFFFDc", SafeText.ForMarkup("a\u202Eb\u001bc"));
        }

        [Fact]
        public void TheWriterNeutralisesWhateverWayTextIsWritten()
        {
            var inner = new StringWriter();
            var writer = new SafeTextWriter(inner);

            writer.Write("job \u001b]0;owned\u0007");
            writer.Write('\u001b');
            writer.Write("\U0001F600".ToCharArray(), 0, 2);
            writer.Write('\uD83D');
            writer.Write('\uDE00');
            writer.WriteLine(" done");
            writer.Flush();

            Assert.Equal("job \uFFFD]0;owned\uFFFD\uFFFD\U0001F600\U0001F600 done" + Environment.NewLine, inner.ToString());
        }
    }
}
