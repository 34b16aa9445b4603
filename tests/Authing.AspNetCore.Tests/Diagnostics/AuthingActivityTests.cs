using System.Collections.Concurrent;
using System.Diagnostics;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Diagnostics;

namespace Authing.AspNetCore.Tests.Diagnostics;

/// <summary>Each upstream GraphQL call is an activity of the <c>Authing.AspNetCore</c> source, named and tagged by its operation.</summary>
public sealed class AuthingActivityTests
{
    [Fact]
    public async Task Upstream_call_is_a_client_activity_named_and_tagged_with_the_operation()
    {
        await using var emulator = new EmulatorServer();
        using var users = new EmulatorUsers(emulator);
        AuthingUser user = await users.RegisterAndLoginAsync();
        using var recorder = new ActivityRecorder();

        using (recorder.StartParent())
        {
            await users.Client.CheckLoginStatusAsync(user.Token!);
        }

        Activity activity = Assert.Single(recorder.Children);
        Assert.Equal("checkLoginStatus", activity.OperationName);
        Assert.Equal(ActivityKind.Client, activity.Kind);
        Assert.Equal("checkLoginStatus", activity.GetTagItem(AuthingDiagnostics.OperationTag));
    }

    [Fact]
    public async Task Activity_never_carries_the_token()
    {
        await using var emulator = new EmulatorServer();
        using var users = new EmulatorUsers(emulator);
        AuthingUser user = await users.RegisterAndLoginAsync();
        using var recorder = new ActivityRecorder();

        using (recorder.StartParent())
        {
            await users.Client.CheckLoginStatusAsync(user.Token!);
        }

        Activity activity = Assert.Single(recorder.Children);
        Assert.All(activity.TagObjects, tag => Assert.DoesNotContain(user.Token!, tag.Value?.ToString() ?? string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain(user.Token!, activity.DisplayName, StringComparison.Ordinal);
        Assert.Empty(activity.Baggage);
    }

    [Fact]
    public async Task Business_error_from_authing_is_tagged_with_its_code()
    {
        await using var emulator = new EmulatorServer();
        using var users = new EmulatorUsers(emulator);
        string email = $"twice-{Guid.NewGuid():N}@example.com";
        await users.Client.RegisterAsync(new RegisterRequest { Email = email, Password = EmulatorUsers.Password });
        using var recorder = new ActivityRecorder();

        using (recorder.StartParent())
        {
            await Assert.ThrowsAsync<AuthingException>(() => users.Client.RegisterAsync(new RegisterRequest { Email = email, Password = EmulatorUsers.Password }));
        }

        Activity activity = Assert.Single(recorder.Children);
        Assert.Equal(2026, activity.GetTagItem(AuthingDiagnostics.CodeTag));
    }

    /// <summary>
    /// Listens to the process-wide source and keeps the activities started under this test's parent activity, so tests
    /// running in parallel do not see each other's calls.
    /// </summary>
    private sealed class ActivityRecorder : IDisposable
    {
        private readonly ConcurrentQueue<Activity> stopped = new();
        private readonly ActivityListener listener;
        private ActivityTraceId traceId;

        public ActivityRecorder()
        {
            listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == AuthingDiagnostics.ActivitySourceName,
                Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = stopped.Enqueue,
            };
            ActivitySource.AddActivityListener(listener);
        }

        public IEnumerable<Activity> Children => stopped.Where(activity => activity.TraceId == traceId);

        public Activity StartParent()
        {
            Activity parent = new Activity("authing-activity-test").SetIdFormat(ActivityIdFormat.W3C).Start();
            traceId = parent.TraceId;
            return parent;
        }

        public void Dispose() => listener.Dispose();
    }
}
