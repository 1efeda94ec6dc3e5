//! A fault-injection HTTP/1.1 server on a raw `tokio::net::TcpListener` (`127.0.0.1:0`): full control over
//! the bytes, so it can misbehave the ways a gateway or a proxy in front of it does.
//!
//! Every request whose full head was read is recorded ([`FaultServer::heads`]) *before* the fault is
//! played, so a test can assert that the client sent exactly one POST and never a second one.
#![allow(dead_code)] // each test file uses a different part of it

use std::io;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

/// The longest a connection task waits on a silent client before giving up (tests use much shorter
/// client time-outs).
const IDLE_LIMIT: Duration = Duration::from_secs(10);
/// The largest request accepted (head and body); the client's requests are a few KiB.
const MAX_REQUEST: usize = 1024 * 1024;

/// What the server does once it has read a whole request.
#[derive(Clone, Debug)]
pub(crate) enum Fault {
    /// Write these bytes (a whole response), then close.
    Respond(Vec<u8>),
    /// Write these bytes (a whole response that keeps the connection alive), then wait for the next
    /// request on the same connection.
    KeepAlive(Vec<u8>),
    /// Abort the connection with a TCP RST (`SO_LINGER` 0), writing nothing.
    Reset,
    /// Close the connection cleanly (FIN), writing nothing.
    Close,
    /// Write nothing and keep the connection open until the client gives up.
    Hang,
    /// Write these bytes (a head, maybe part of a body), then keep the connection open until the client
    /// gives up.
    RespondThenHang(Vec<u8>),
    /// Write `head`, then `chunk` again and again until `max` bytes of body were written or the client
    /// closed: an answer with no end (the head should announce no length).
    Endless { head: Vec<u8>, chunk: Vec<u8>, max: usize },
}

/// One request head as received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Head {
    pub(crate) method: String,
    pub(crate) path: String,
}

#[derive(Default)]
struct Log {
    heads: Mutex<Vec<Head>>,
    bodies: Mutex<Vec<Vec<u8>>>,
    connections: AtomicUsize,
}

/// A running fault server; stops (with every connection) when dropped.
pub(crate) struct FaultServer {
    addr: SocketAddr,
    log: Arc<Log>,
    task: tokio::task::JoinHandle<()>,
}

impl FaultServer {
    /// Serves every request with the fault `route` picks for it.
    pub(crate) async fn start(
        route: impl Fn(&Head) -> Fault + Send + Sync + 'static,
    ) -> io::Result<FaultServer> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let log = Arc::new(Log::default());
        let route = Arc::new(route);
        let task_log = Arc::clone(&log);
        let task = tokio::spawn(async move {
            // The connections live in this set: aborting the accept task drops (and aborts) them all.
            let mut connections = JoinSet::new();
            loop {
                tokio::select! {
                    accepted = listener.accept() => {
                        let Ok((stream, _)) = accepted else { return };
                        task_log.connections.fetch_add(1, Ordering::SeqCst);
                        let log = Arc::clone(&task_log);
                        let route = Arc::clone(&route);
                        connections.spawn(async move {
                            let _ = serve(stream, &log, &*route).await;
                        });
                    }
                    Some(_) = connections.join_next(), if !connections.is_empty() => {}
                }
            }
        });
        Ok(FaultServer { addr, log, task })
    }

    /// Always answers with `fault`.
    pub(crate) async fn always(fault: Fault) -> io::Result<FaultServer> {
        Self::start(move |_| fault.clone()).await
    }

    /// `http://127.0.0.1:<port>`.
    pub(crate) fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request head read so far, in order.
    pub(crate) fn heads(&self) -> Vec<Head> {
        self.log.heads.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// How many POST heads were read.
    pub(crate) fn posts(&self) -> usize {
        self.heads().iter().filter(|h| h.method == "POST").count()
    }

    /// The bodies of the requests read whole, in order.
    pub(crate) fn bodies(&self) -> Vec<Vec<u8>> {
        self.log.bodies.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    /// How many TCP connections were accepted.
    pub(crate) fn connections(&self) -> usize {
        self.log.connections.load(Ordering::SeqCst)
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// One connection: read a request and play its fault; only [`Fault::KeepAlive`] reads another.
async fn serve(
    mut stream: TcpStream,
    log: &Log,
    route: &(dyn Fn(&Head) -> Fault + Send + Sync),
) -> io::Result<()> {
    let mut buf = Vec::new();
    loop {
        let Some((head, body)) = read_request(&mut stream, &mut buf, log).await? else {
            return Ok(());
        };
        log.bodies.lock().unwrap_or_else(PoisonError::into_inner).push(body);
        match route(&head) {
            Fault::KeepAlive(bytes) => {
                stream.write_all(&bytes).await?;
                stream.flush().await?;
            }
            Fault::Respond(bytes) => {
                stream.write_all(&bytes).await?;
                stream.shutdown().await?;
                return drain(&mut stream).await;
            }
            Fault::Reset => {
                // SO_LINGER 0 makes the close an abortive one: the client sees a reset.
                stream.set_zero_linger()?;
                drop(stream);
                return Ok(());
            }
            Fault::Close => {
                stream.shutdown().await?;
                return drain(&mut stream).await;
            }
            Fault::Hang => return drain(&mut stream).await,
            Fault::RespondThenHang(bytes) => {
                stream.write_all(&bytes).await?;
                stream.flush().await?;
                return drain(&mut stream).await;
            }
            Fault::Endless { head, chunk, max } => {
                stream.write_all(&head).await?;
                let mut written = 0;
                while written < max {
                    // A write error means the client hung up: what the test wants.
                    stream.write_all(&chunk).await?;
                    written += chunk.len();
                }
                stream.shutdown().await?;
                return drain(&mut stream).await;
            }
        }
    }
}

/// Reads until the client closes (or [`IDLE_LIMIT`]), discarding what it sends.
async fn drain(stream: &mut TcpStream) -> io::Result<()> {
    let mut sink = [0u8; 4096];
    let _ = tokio::time::timeout(IDLE_LIMIT, async {
        while stream.read(&mut sink).await? != 0 {}
        Ok::<_, io::Error>(())
    })
    .await;
    Ok(())
}

/// Reads one request: its head (recorded as soon as it is complete) and its `Content-Length` body.
/// `None` when the client closed before a whole head.
async fn read_request(
    stream: &mut TcpStream,
    buf: &mut Vec<u8>,
    log: &Log,
) -> io::Result<Option<(Head, Vec<u8>)>> {
    let mut chunk = [0u8; 8192];
    let mut head: Option<(Head, usize, usize)> = None; // (head, body start, body length)
    loop {
        if head.is_none()
            && let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n")
        {
            let text = String::from_utf8_lossy(&buf[..end]).into_owned();
            let mut request_line = text.lines().next().unwrap_or_default().split(' ');
            let parsed = Head {
                method: request_line.next().unwrap_or_default().to_owned(),
                path: request_line.next().unwrap_or_default().to_owned(),
            };
            let length = text
                .lines()
                .filter_map(|l| l.split_once(':'))
                .find(|(name, _)| name.trim().eq_ignore_ascii_case("content-length"))
                .and_then(|(_, v)| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            log.heads.lock().unwrap_or_else(PoisonError::into_inner).push(parsed.clone());
            head = Some((parsed, end + 4, length));
        }
        if let Some((parsed, start, length)) = &head
            && buf.len() >= start + length
        {
            let body = buf[*start..start + length].to_vec();
            buf.drain(..start + length);
            return Ok(Some((parsed.clone(), body)));
        }
        if buf.len() > MAX_REQUEST {
            return Err(io::Error::other("request too large"));
        }
        let n = match tokio::time::timeout(IDLE_LIMIT, stream.read(&mut chunk)).await {
            Ok(read) => read?,
            Err(_) => return Ok(None),
        };
        if n == 0 {
            return Ok(None);
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// A whole HTTP/1.1 response with `Content-Length` and `Connection: close`.
pub(crate) fn response(status: u16, reason: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// A JSON response that keeps the connection open for the next request.
pub(crate) fn keep_alive_json_response(status: u16, reason: &str, body: &str) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body.as_bytes());
    out
}

/// A JSON response.
pub(crate) fn json_response(status: u16, reason: &str, body: &str) -> Vec<u8> {
    response(status, reason, "application/json", body.as_bytes())
}
