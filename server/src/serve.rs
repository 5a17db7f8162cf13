//! Serving the router on a socket, so that no client can hold the server:
//! - a request's header must arrive within the header timeout, counted from when the
//!   server starts waiting for it (so an idle keep-alive connection is closed then too);
//! - request bodies are read within the body timeout (see [`crate::body`]);
//! - a connection on which no byte moves either way for the idle timeout is closed (a body
//!   that never comes, an answer nobody reads);
//! - at most `max_connections` are served at once; more wait in the listen queue, so the
//!   process never runs out of file handles;
//! - on shutdown, no new connections are taken, those already waiting in the listen queue
//!   are answered (once, without keep-alive), requests in flight may finish, and after the
//!   shutdown deadline the server stops anyway.

use crate::config::Limits;
use axum::{Router, extract::ConnectInfo};
use hyper::server::conn::http1;
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
    service::TowerToHyperService,
};
use std::{
    future::Future,
    io,
    net::SocketAddr,
    pin::{Pin, pin},
    sync::Arc,
    task::{Context, Poll},
    time::Duration,
};
use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::{TcpListener, TcpStream},
    sync::{OwnedSemaphorePermit, Semaphore},
    time::{Instant, Sleep},
};
use tower_http::add_extension::AddExtension;

/// A connection that fails with `TimedOut` once no byte has moved for `timeout`.
struct IdleTimeout<T> {
    inner: T,
    timeout: Duration,
    deadline: Pin<Box<Sleep>>,
}

impl<T> IdleTimeout<T> {
    fn new(inner: T, timeout: Duration) -> IdleTimeout<T> {
        IdleTimeout {
            inner,
            timeout,
            deadline: Box::pin(tokio::time::sleep(timeout)),
        }
    }

    /// Something moved: the connection has `timeout` again.
    fn moved(&mut self) {
        self.deadline.as_mut().reset(Instant::now() + self.timeout);
    }

    /// Nothing moved now: an error if nothing has for too long, else wait.
    fn waiting<R>(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<R>> {
        match self.deadline.as_mut().poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(io::ErrorKind::TimedOut.into())),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for IdleTimeout<T> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_read(cx, buf) {
            Poll::Ready(result) => {
                this.moved();
                Poll::Ready(result)
            }
            Poll::Pending => this.waiting(cx),
        }
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for IdleTimeout<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_write(cx, buf) {
            Poll::Ready(result) => {
                this.moved();
                Poll::Ready(result)
            }
            Poll::Pending => this.waiting(cx),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        match Pin::new(&mut this.inner).poll_flush(cx) {
            Poll::Ready(result) => Poll::Ready(result),
            Poll::Pending => this.waiting(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

/// Serves `app` on `listener` within `limits` until `shutdown` resolves, then answers the
/// connections already waiting in the listen queue (`drain`) and lets requests in flight
/// finish for at most the shutdown deadline.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) {
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut shutdown = pin!(shutdown);
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let connections = Connections {
        app,
        graceful: &graceful,
        idle_timeout: limits.idle_timeout,
    };
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => permit,
            () = &mut shutdown => break,
        };
        let Ok(permit) = permit else { break };
        let stream = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        match stream {
            Ok((stream, peer)) => connections.serve(&http, stream, peer, Some(permit)),
            Err(err) => {
                // Out of file handles or a connection reset before it was taken: wait a
                // moment rather than spin.
                tracing::warn!(error = %err, "could not accept a connection");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
    http.keep_alive(false);
    drain(&listener, |stream, peer| {
        connections.serve(&http, stream, peer, None);
    })
    .await;
    drop(listener);
    let open = graceful.count();
    if tokio::time::timeout(limits.shutdown_deadline, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            connections = open,
            "shutdown deadline reached; closing what is still open"
        );
    }
}

/// How long no connection may arrive before the listener closes at shutdown.
const QUIET: Duration = Duration::from_millis(100);

/// At shutdown: has the kernel ignore new connection attempts (`refuse_new`), then takes
/// every connection it had already agreed to, until none has come for `QUIET`. Closing
/// the listener at once would reset the connections still waiting in its queue, after
/// their clients had sent a request; a client whose attempt was ignored tries again and
/// then finds the port closed, before it has sent anything.
async fn drain(listener: &TcpListener, mut take: impl FnMut(TcpStream, SocketAddr)) {
    if let Err(err) = refuse_new(listener) {
        tracing::warn!(error = %err, "could not stop new connections at shutdown");
    }
    while let Ok(accepted) = tokio::time::timeout(QUIET, listener.accept()).await {
        if let Ok((stream, peer)) = accepted {
            take(stream, peer);
        }
    }
}

/// Drops every packet that opens a TCP connection (SYN without ACK) before it reaches the
/// listener, with a classic BPF socket filter; the packets of connections being set up
/// and those already open pass. The filter sees the TCP header first: byte 13 holds the
/// flags.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn refuse_new(listener: &TcpListener) -> io::Result<()> {
    use socket2::SockFilter;
    const LOAD_BYTE: u16 = 0x30; // BPF_LD | BPF_B | BPF_ABS
    const AND: u16 = 0x54; // BPF_ALU | BPF_AND | BPF_K
    const JUMP_IF_EQUAL: u16 = 0x15; // BPF_JMP | BPF_JEQ | BPF_K
    const RETURN: u16 = 0x06; // BPF_RET | BPF_K
    const SYN: u32 = 0x02;
    const ACK: u32 = 0x10;
    let program = [
        SockFilter::new(LOAD_BYTE, 0, 0, 13),
        SockFilter::new(AND, 0, 0, SYN | ACK),
        SockFilter::new(JUMP_IF_EQUAL, 0, 1, SYN),
        SockFilter::new(RETURN, 0, 0, 0),
        SockFilter::new(RETURN, 0, 0, u32::MAX),
    ];
    socket2::SockRef::from(listener).attach_filter(&program)
}

/// Elsewhere the queue is drained as it is.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn refuse_new(_listener: &TcpListener) -> io::Result<()> {
    Ok(())
}

/// What every connection is served with.
struct Connections<'a> {
    app: Router,
    graceful: &'a GracefulShutdown,
    idle_timeout: Duration,
}

impl Connections<'_> {
    /// Serves one connection on its own task, holding `permit` (one of `max_connections`)
    /// until it ends.
    fn serve(
        &self,
        http: &http1::Builder,
        stream: TcpStream,
        peer: SocketAddr,
        permit: Option<OwnedSemaphorePermit>,
    ) {
        let _ignored = stream.set_nodelay(true);
        let io = TokioIo::new(IdleTimeout::new(stream, self.idle_timeout));
        // The peer's address reaches the handlers (as axum's `ConnectInfo`) only to count
        // notes per client; nothing logs or keeps it.
        let service = AddExtension::new(self.app.clone(), ConnectInfo(peer));
        let connection = http.serve_connection(io, TowerToHyperService::new(service));
        let connection = self.graceful.watch(connection);
        tokio::spawn(async move {
            // A connection that ends in an error (a timeout, a reset) needs no log line.
            let _ignored = connection.await;
            drop(permit);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

    #[tokio::test(start_paused = true)]
    async fn a_connection_where_nothing_moves_times_out_and_one_that_moves_does_not() {
        let (client, server) = tokio::io::duplex(64);
        let mut server = IdleTimeout::new(server, Duration::from_secs(5));
        let mut client = client;
        let mut buf = [0u8; 8];
        client.write_all(b"a").await.unwrap();
        tokio::time::advance(Duration::from_secs(4)).await;
        assert_eq!(server.read(&mut buf).await.unwrap(), 1);
        tokio::time::advance(Duration::from_secs(4)).await;
        client.write_all(b"b").await.unwrap();
        assert_eq!(
            server.read(&mut buf).await.unwrap(),
            1,
            "reset by the first byte"
        );
        let err = server.read(&mut buf).await.unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::TimedOut);
    }
}
