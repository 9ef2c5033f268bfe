namespace Dyad.Text;

/// <summary>Reads CoNLL-U treebanks (Universal Dependencies) one sentence at a time.</summary>
public static class ConlluReader
{
    /// <summary>Reads every sentence of <paramref name="path"/>; a malformed line throws <see cref="InvalidDataException"/> naming file and line.</summary>
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    /// <summary>Reads sentences from <paramref name="reader"/>; <paramref name="origin"/> names it in errors.</summary>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string origin)
    {
        var builder = new Builder();
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                if (builder.Forms.Count > 0)
                {
                    yield return builder.Build(origin, lineNumber);
                }

                builder.Reset();
                continue;
            }

            if (line[0] == '#')
            {
                builder.Comment(line);
                continue;
            }

            builder.Word(line, origin, lineNumber);
        }

        if (builder.Forms.Count > 0)
        {
            yield return builder.Build(origin, lineNumber);
        }
    }

    private sealed class Builder
    {
        public readonly List<string> Forms = [];
        private readonly List<string> _lemmas = [];
        private readonly List<string> _upos = [];
        private readonly List<string> _xpos = [];
        private readonly List<int> _heads = [];
        private readonly List<string> _relations = [];
        private readonly List<bool> _spaceAfter = [];
        private readonly List<MultiwordToken> _multiwords = [];
        private string _id = "";
        private string? _text;
        private bool _newDocument;
        private bool _newParagraph;
        private int _multiwordEnd = -1;

        public void Reset()
        {
            Forms.Clear();
            _lemmas.Clear();
            _upos.Clear();
            _xpos.Clear();
            _heads.Clear();
            _relations.Clear();
            _spaceAfter.Clear();
            _multiwords.Clear();
            _id = "";
            _text = null;
            _newDocument = false;
            _newParagraph = false;
            _multiwordEnd = -1;
        }

        public void Comment(string line)
        {
            if (line.StartsWith("# sent_id = ", StringComparison.Ordinal))
            {
                _id = line[12..].Trim();
            }
            else if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                _text = line[9..];
            }
            else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                _newDocument = true;
                _newParagraph = true;
            }
            else if (line.StartsWith("# newpar", StringComparison.Ordinal))
            {
                _newParagraph = true;
            }
        }

        public void Word(string line, string origin, int lineNumber)
        {
            var f = line.Split('\t');
            if (f.Length != 10)
            {
                throw new InvalidDataException($"{origin}:{lineNumber}: expected 10 tab-separated columns, found {f.Length}.");
            }

            var id = f[0];
            if (id.Contains('.', StringComparison.Ordinal))
            {
                return; // empty node of the enhanced graph
            }

            var space = !f[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            var dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                var first = Number(id[..dash], origin, lineNumber) - 1;
                var last = Number(id[(dash + 1)..], origin, lineNumber) - 1;
                _multiwords.Add(new MultiwordToken(first, last, f[1], space));
                _multiwordEnd = last;
                return;
            }

            var index = Number(id, origin, lineNumber) - 1;
            if (index != Forms.Count)
            {
                throw new InvalidDataException($"{origin}:{lineNumber}: word id {id} out of sequence.");
            }

            Forms.Add(f[1]);
            _lemmas.Add(f[2]);
            _upos.Add(f[3]);
            _xpos.Add(f[4]);
            _heads.Add(f[6] == "_" ? -1 : Number(f[6], origin, lineNumber) - 1);
            _relations.Add(f[7]);
            // Inside a multiword token the space belongs to the surface token, not to its parts.
            _spaceAfter.Add(index <= _multiwordEnd ? index == _multiwordEnd && _multiwords[^1].SpaceAfter : space);
        }

        public ConlluSentence Build(string origin, int lineNumber)
        {
            for (var i = 0; i < _heads.Count; i++)
            {
                if (_heads[i] < -1 || _heads[i] >= _heads.Count)
                {
                    throw new InvalidDataException($"{origin}:{lineNumber}: sentence {_id} has a head outside the sentence.");
                }
            }

            return new ConlluSentence(
                _id, _text, [.. Forms], [.. _lemmas], [.. _upos], [.. _xpos], [.. _heads], [.. _relations], [.. _spaceAfter], [.. _multiwords], _newDocument, _newParagraph);
        }

        private static int Number(string text, string origin, int lineNumber) =>
            int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? n
                : throw new InvalidDataException($"{origin}:{lineNumber}: '{text}' is not a word id.");
    }
}
