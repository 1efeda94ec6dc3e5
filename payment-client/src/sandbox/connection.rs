//! The sandbox's connections: a listener whose connections a handler can drop before answering
//! ([`Failure::DropConnection`](super::Failure::DropConnection)), as a gateway or a proxy in front of it
//! does when it fails after reading a request.
//!
//! Each accepted stream shares a flag with the [`Connection`] its handlers see (axum's `ConnectInfo`).
//! Once the flag is set, the stream refuses to write: hyper then closes the connection without sending
//! a byte of the answer, and the client sees the connection closed after its request.

use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};

use axum::extract::connect_info::Connected;
use axum::serve::{IncomingStream, Listener};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// The listener of the sandbox: a TCP listener whose streams can be dropped by their handlers.
pub(crate) struct DroppableListener(pub(crate) TcpListener);

/// One accepted connection, as its handlers see it.
#[derive(Clone, Debug)]
pub(crate) struct Connection {
    dropped: Arc<AtomicBool>,
}

impl Connection {
    /// Closes the connection instead of writing the answer.
    pub(crate) fn drop_before_answer(&self) {
        self.dropped.store(true, Ordering::SeqCst);
    }
}

impl Listener for DroppableListener {
    type Io = DroppableStream;
    type Addr = Connection;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (stream, _) = Listener::accept(&mut self.0).await;
        let dropped = Arc::new(AtomicBool::new(false));
        (DroppableStream { stream, dropped: Arc::clone(&dropped) }, Connection { dropped })
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        // The address type is the per-connection handle; the sandbox reads its address from the
        // TCP listener before wrapping it.
        Err(io::Error::new(io::ErrorKind::Unsupported, "use the TCP listener's address"))
    }
}

impl Connected<IncomingStream<'_, DroppableListener>> for Connection {
    fn connect_info(stream: IncomingStream<'_, DroppableListener>) -> Self {
        stream.remote_addr().clone()
    }
}

/// A TCP stream that fails every write once its connection was dropped.
pub(crate) struct DroppableStream {
    stream: TcpStream,
    dropped: Arc<AtomicBool>,
}

impl DroppableStream {
    fn check(&self) -> io::Result<()> {
        if self.dropped.load(Ordering::SeqCst) {
            Err(io::Error::new(io::ErrorKind::ConnectionAborted, "dropped by the sandbox"))
        } else {
            Ok(())
        }
    }
}

impl AsyncRead for DroppableStream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_read(cx, buf)
    }
}

impl AsyncWrite for DroppableStream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.stream).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.stream).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        this.check()?;
        Pin::new(&mut this.stream).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().stream).poll_shutdown(cx)
    }
}
