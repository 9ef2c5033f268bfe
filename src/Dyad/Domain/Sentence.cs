namespace Dyad.Domain;

/// <summary>A sentence of an article: its position and the character span it covers in <see cref="Article.Text"/>.</summary>
public readonly record struct Sentence(int Index, int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>Number of characters covered.</summary>
    public int Length => End - Start;
}
