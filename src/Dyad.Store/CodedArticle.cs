using Dyad.Domain;

namespace Dyad.Store;

/// <summary>An article with the events coded from it, ready to be stored.</summary>
public sealed record CodedArticle(Article Article, IReadOnlyList<Event> Events, int Sentences);

/// <summary>What one <see cref="EventStore.Save"/> call did.</summary>
public sealed record SaveResult(int Articles, int Duplicates, int Mentions, int NewEvents, int MergedEvents);

/// <summary>How many rows a store holds.</summary>
public sealed record StoreCounts(long Articles, long Events, long Mentions);
