using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DrAudit.Core.Tests.Simulators
{
    /// <summary>An https URL on 127.0.0.1 that nothing listens on (a port the system just handed out and took back): what
    /// an unreachable server looks like to a live collector.</summary>
    public static class UnreachableLoopback
    {
        public static string Url()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return "https://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture);
        }
    }
}
