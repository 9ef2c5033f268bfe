using Dyad.Domain;

namespace Dyad.Text;

/// <summary>
/// One text under analysis, spaCy-style: the original string, every token in one growable array and the
/// sentences as ranges over it. Pipeline stages (<c>Tokenizer</c>, <c>Tagger</c>,
/// <c>Lemmatizer</c>, <c>DependencyParser</c>) each fill in their part with one call.
/// </summary>
public sealed class Document
{
    private Token[] _tokens;
    private readonly List<Sentence> _sentences = [];

    /// <summary>Creates an empty document over <paramref name="text"/>.</summary>
    public Document(string text, int capacity = 0)
    {
        Text = text;
        _tokens = new Token[Math.Max(capacity, Math.Min(text.Length / 4 + 8, 1 << 16))];
    }

    /// <summary>The text every token offset indexes into.</summary>
    public string Text { get; }

    /// <summary>Number of tokens.</summary>
    public int TokenCount { get; private set; }

    /// <summary>The tokens, in text order; stages replace elements in place.</summary>
    public Span<Token> Tokens => _tokens.AsSpan(0, TokenCount);

    /// <summary>The sentences, in text order.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>The tokens of sentence <paramref name="index"/>.</summary>
    public Span<Token> SentenceTokens(int index)
    {
        var s = _sentences[index];
        return _tokens.AsSpan(s.FirstToken, s.TokenCount);
    }

    /// <summary>Appends a token and returns its index.</summary>
    public int AddToken(in Token token)
    {
        if (TokenCount == _tokens.Length)
        {
            Array.Resize(ref _tokens, _tokens.Length * 2);
        }

        _tokens[TokenCount] = token;
        return TokenCount++;
    }

    /// <summary>Declares tokens [<paramref name="firstToken"/>, +<paramref name="count"/>) a sentence; spans follow the tokens.</summary>
    public void AddSentence(int firstToken, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var start = _tokens[firstToken].Start;
        var end = _tokens[firstToken + count - 1].End;
        _sentences.Add(new Sentence(_sentences.Count, start, end, firstToken, count));
    }

    /// <summary>Removes all tokens and sentences (for re-tokenising).</summary>
    public void Clear()
    {
        TokenCount = 0;
        _sentences.Clear();
    }
}
