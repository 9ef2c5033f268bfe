namespace Dyad.Text;

/// <summary>
/// One sentence of a CoNLL-U treebank: its syntactic words (multiword-token ranges resolved to their parts,
/// empty nodes dropped). Heads are 0-based word indexes, -1 for the root. <see cref="NewDocument"/> and
/// <see cref="NewParagraph"/> carry the treebank's <c># newdoc</c> / <c># newpar</c> marks, for rebuilding raw text.
/// </summary>
public sealed record ConlluSentence(
    string Id,
    string? Text,
    string[] Forms,
    string[] Lemmas,
    string[] Upos,
    string[] Xpos,
    int[] Heads,
    string[] Relations,
    bool[] SpaceAfter,
    IReadOnlyList<MultiwordToken> Multiwords,
    bool NewDocument = false,
    bool NewParagraph = false)
{
    /// <summary>Number of syntactic words.</summary>
    public int Length => Forms.Length;
}

/// <summary>A surface token that stands for several syntactic words (<c>don't</c> = <c>do</c> + <c>n't</c>); word indexes are 0-based.</summary>
public readonly record struct MultiwordToken(int FirstWord, int LastWord, string Surface, bool SpaceAfter);
