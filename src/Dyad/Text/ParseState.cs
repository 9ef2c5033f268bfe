namespace Dyad.Text;

/// <summary>
/// The configuration of the arc-hybrid transition system (Kuhlmann et al. 2011) for one sentence: a stack, a
/// buffer front, the arcs built so far and the children each word has gathered. The root sits at the end of the
/// buffer (index <see cref="Length"/>) and takes exactly one dependent. Buffers are reused across sentences.
/// </summary>
internal sealed class ParseState
{
    public const int Shift = 0;

    public int[] Stack = new int[64];
    public int[] Heads = new int[64];
    public int[] Labels = new int[64];
    public int[] LeftMost = new int[64];
    public int[] LeftSecond = new int[64];
    public int[] RightMost = new int[64];
    public int[] RightSecond = new int[64];
    public int[] LeftCount = new int[64];
    public int[] RightCount = new int[64];
    public ulong[] LeftLabels = new ulong[64];
    public ulong[] RightLabels = new ulong[64];

    public int Length;
    public int Depth;
    public int Buffer;

    /// <summary>Starts a sentence of <paramref name="length"/> words.</summary>
    public void Reset(int length)
    {
        if (length + 1 > Heads.Length)
        {
            var size = Math.Max(length + 1, Heads.Length * 2);
            Stack = new int[size];
            Heads = new int[size];
            Labels = new int[size];
            LeftMost = new int[size];
            LeftSecond = new int[size];
            RightMost = new int[size];
            RightSecond = new int[size];
            LeftCount = new int[size];
            RightCount = new int[size];
            LeftLabels = new ulong[size];
            RightLabels = new ulong[size];
        }

        Length = length;
        Depth = 0;
        Buffer = 0;
        for (var i = 0; i <= length; i++)
        {
            Heads[i] = -2;
            Labels[i] = -1;
            LeftMost[i] = LeftSecond[i] = RightMost[i] = RightSecond[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
    }

    public bool Done => Buffer == Length && Depth == 0;

    public int S(int k) => Depth > k ? Stack[Depth - 1 - k] : -1;

    public int B(int k) => Buffer + k <= Length ? Buffer + k : -1;

    public bool CanShift => Buffer < Length;

    /// <summary>Left-arc: the buffer front takes the stack top as dependent. Onto the root only as the last move.</summary>
    public bool CanLeft(bool rootLabel) => Depth > 0 && (Buffer == Length ? Depth == 1 && rootLabel : !rootLabel);

    /// <summary>Right-arc: the word under the stack top takes the top as dependent.</summary>
    public bool CanRight(bool rootLabel) => Depth > 1 && !rootLabel;

    public void DoShift() => Stack[Depth++] = Buffer++;

    public void DoLeft(int label)
    {
        var dependent = Stack[--Depth];
        AddArc(Buffer, dependent, label);
    }

    public void DoRight(int label)
    {
        var dependent = Stack[--Depth];
        AddArc(Stack[Depth - 1], dependent, label);
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (LeftMost[head] < 0 || dependent < LeftMost[head])
            {
                LeftSecond[head] = LeftMost[head];
                LeftMost[head] = dependent;
            }
            else if (LeftSecond[head] < 0 || dependent < LeftSecond[head])
            {
                LeftSecond[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (RightMost[head] < 0 || dependent > RightMost[head])
            {
                RightSecond[head] = RightMost[head];
                RightMost[head] = dependent;
            }
            else if (RightSecond[head] < 0 || dependent > RightSecond[head])
            {
                RightSecond[head] = dependent;
            }
        }
    }
}
