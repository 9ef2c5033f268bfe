namespace Dyad.Domain;

/// <summary>A CAMEO event code of 2–4 digits; its root and QuadClass follow from the digits alone.</summary>
public readonly record struct CameoCode
{
    /// <summary>Creates a code after checking its shape: 2 to 4 digits, root 01–20.</summary>
    public CameoCode(string value)
    {
        if (!IsWellFormed(value))
        {
            throw new ArgumentException($"'{value}' is not a CAMEO event code (2-4 digits, root 01-20)", nameof(value));
        }

        Value = value;
    }

    /// <summary>The digits, e.g. <c>043</c>.</summary>
    public string Value { get; }

    /// <summary>The root category, the first two digits (<c>04</c>).</summary>
    public string Root => Value[..2];

    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public int QuadClass => QuadClassOfRoot(int.Parse(Root));

    /// <summary>True for 2–4 ASCII digits whose first two form a root from 01 to 20.</summary>
    public static bool IsWellFormed(string? value)
    {
        if (value is null || value.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        var root = ((value[0] - '0') * 10) + (value[1] - '0');
        return root is >= 1 and <= 20;
    }

    /// <summary>The QuadClass of a root category (1–20).</summary>
    public static int QuadClassOfRoot(int root) => root switch
    {
        <= 5 => 1,
        <= 9 => 2,
        <= 14 => 3,
        _ => 4,
    };

    /// <inheritdoc/>
    public override string ToString() => Value;
}
