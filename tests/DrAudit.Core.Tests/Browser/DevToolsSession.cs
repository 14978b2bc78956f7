using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Browser
{
    /// <summary>A Chrome DevTools protocol connection over a WebSocket: commands with a bounded wait for their reply,
    /// and every event kept in arrival order. With a session id, commands go to an attached page (flat mode).</summary>
    public sealed class DevToolsSession : IDisposable
    {
        private readonly ClientWebSocket _socket = new ClientWebSocket();
        private readonly ConcurrentDictionary<int, TaskCompletionSource<JObject>> _pending = new ConcurrentDictionary<int, TaskCompletionSource<JObject>>();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private Task? _reader;
        private int _nextId;

        public ConcurrentQueue<JObject> Events { get; } = new ConcurrentQueue<JObject>();

        public async Task ConnectAsync(Uri uri, TimeSpan timeout)
        {
            using var cts = new CancellationTokenSource(timeout);
            await _socket.ConnectAsync(uri, cts.Token);
            _reader = Task.Run(ReadLoop);
        }

        /// <summary>Sends a command and returns its result; throws when it fails or takes longer than <paramref name="timeout"/>.</summary>
        public async Task<JObject> SendAsync(string method, object? parameters, TimeSpan timeout, string? sessionId = null)
        {
            var id = Interlocked.Increment(ref _nextId);
            var reply = new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously);
            _pending[id] = reply;
            var message = new JObject { ["id"] = id, ["method"] = method, ["params"] = parameters == null ? new JObject() : JObject.FromObject(parameters) };
            if (sessionId != null) message["sessionId"] = sessionId;
            using (var cts = new CancellationTokenSource(timeout))
                await _socket.SendAsync(new ArraySegment<byte>(Encoding.UTF8.GetBytes(message.ToString(Newtonsoft.Json.Formatting.None))), WebSocketMessageType.Text, true, cts.Token);
            var done = await Task.WhenAny(reply.Task, Task.Delay(timeout));
            _pending.TryRemove(id, out _);
            if (done != reply.Task) throw new TimeoutException(method + " got no reply within " + timeout.TotalSeconds + " s.");
            var response = await reply.Task;
            if (response["error"] != null) throw new InvalidOperationException(method + " failed: " + response["error"]);
            return (JObject?)response["result"] ?? new JObject();
        }

        /// <summary>Waits (bounded) for an event of <paramref name="method"/>.</summary>
        public async Task<JObject> WaitForEventAsync(string method, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                var found = Events.FirstOrDefault(e => (string?)e["method"] == method);
                if (found != null) return found;
                await Task.Delay(50);
            }
            throw new TimeoutException("No " + method + " event within " + timeout.TotalSeconds + " s.");
        }

        private async Task ReadLoop()
        {
            var buffer = new byte[1 << 16];
            var message = new MemoryStream();
            try
            {
                while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
                {
                    var received = await _socket.ReceiveAsync(new ArraySegment<byte>(buffer), _stop.Token);
                    if (received.MessageType == WebSocketMessageType.Close) break;
                    message.Write(buffer, 0, received.Count);
                    if (!received.EndOfMessage) continue;
                    var json = JObject.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                    message.SetLength(0);
                    if (json["id"] != null && _pending.TryGetValue((int)json["id"]!, out var reply)) reply.TrySetResult(json);
                    else if (json["method"] != null) Events.Enqueue(json);
                }
            }
            catch (OperationCanceledException) { }
            catch (WebSocketException) { }
        }

        public void Dispose()
        {
            _stop.Cancel();
            try { _reader?.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
            _socket.Dispose();
            _stop.Dispose();
        }
    }
}
