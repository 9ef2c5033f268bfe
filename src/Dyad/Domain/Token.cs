namespace Dyad.Domain;

/// <summary>
/// One token with its analysis. Offsets index the article text; <see cref="Head"/> is the index of the
/// governing token within the same sentence (-1 for the root).
/// </summary>
public readonly record struct Token(
    int Start,
    int End,
    string Text,
    string? Lemma = null,
    string? Upos = null,
    string? Xpos = null,
    int Head = -1,
    string? Relation = null);
