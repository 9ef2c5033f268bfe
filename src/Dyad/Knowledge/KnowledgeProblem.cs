namespace Dyad.Knowledge;

/// <summary>A problem found in a knowledge file, named by file and line. Errors stop a run; warnings are shown.</summary>
public sealed record KnowledgeProblem(string File, int Line, string Message, bool IsError = true)
{
    /// <summary>The problem as <c>file:line: message</c>; the severity is shown by whoever prints it.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Where a knowledge record was written, kept so that every problem and every match can point at it.</summary>
public readonly record struct SourceLine(string File, int Line)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}";
}
