//! [`Client`]: one method per operation, each taking only the models of `payment-core`.
//!
//! An import circle with `builder.rs`, kept on purpose (as reqwest's `Client` and `ClientBuilder`):
//! `Client::builder()` hands out the builder and the builder builds a `Client`; one type is the other's
//! only way in, and merging the files would make one file of 700 lines for no gain.

use std::fmt;
use std::sync::Arc;

use payment_core::model::TransactionId;
use payment_core::model::{
    CaptureRequest, PaymentOutcome, PaymentRequest, PaymentResponse, PaymentSource, RefundRequest,
    StoredCardRequest, VoidRequest,
};
use serde::Serialize;
use url::Url;

use crate::builder::ClientBuilder;
use crate::error::{Declined, Error, InvalidResponseKind};
use crate::exchange::{Meta, RawResponse};
use crate::operations::Operation;
use crate::redact::{redact, redact_parse_error};
use crate::transport::Transport;
use crate::webhook::{Notification, VerifiedWebhook, WebhookError};

/// The paymentv2 server-to-server client.
///
/// Cheap to clone (an [`Arc`] inside) and `Send + Sync`: build one and share it. Each method takes a
/// model of `payment-core`, which can only hold a complete and valid request, and returns the gateway's
/// typed answer or an [`Error`] that says what to do.
///
/// | method | request | answer |
/// | --- | --- | --- |
/// | [`purchase`](Client::purchase) | `POST paymentv2` | [`PaymentOutcome`]: completed, or a 3-D Secure redirect |
/// | [`stored_card_payment`](Client::stored_card_payment) | `POST payment` | [`PaymentOutcome`], with the stored card's token |
/// | [`capture`](Client::capture) | `POST capture` | [`PaymentResponse`] (`CAPTURE`) |
/// | [`refund`](Client::refund) | `POST refund` | [`PaymentResponse`] (`REFUND`) |
/// | [`void`](Client::void) | `POST void` | [`PaymentResponse`] (`VOID`) |
/// | [`status`](Client::status) | `GET transaction/status/{id}` | [`PaymentResponse`] |
/// | [`verify_webhook`](Client::verify_webhook) | a notification's body, then `GET transaction/status/{id}` | [`VerifiedWebhook`] |
///
/// `Debug` shows the base URL, never the key.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Transport>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.inner.base.as_str())
            .field("api_key", &self.inner.key)
            .field("retry_not_sent", &self.inner.retry_not_sent)
            .field("max_response_bytes", &self.inner.max_response_bytes)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// Starts configuring a client: [`ClientBuilder`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &Url {
        &self.inner.base
    }

    /// Sends a paymentv2 purchase: `POST {base}/api/v1/server-to-server-interface/paymentv2`.
    ///
    /// Returns [`PaymentOutcome::Completed`] when the gateway approved the payment (201) and
    /// [`PaymentOutcome::ThreeDsRedirect`] when the card is enrolled in 3-D Secure (200: send the shopper's
    /// browser to `redirect_url`; the result arrives on the webhook). A declined payment is
    /// [`Error::Declined`] with its typed reason.
    ///
    /// The request is sent **at most once** unless it certainly did not leave this machine (see
    /// [`ClientBuilder::retry_not_sent`]). On [`Error::OutcomeUnknown`] the gateway may have taken the
    /// money: settle with [`Client::status`] or the webhook, never by sending the purchase again.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use payment_client::sandbox::{self, Sandbox, TestCard};
    /// use payment_client::{Client, Error};
    /// use payment_core::model::PaymentOutcome;
    ///
    /// let sandbox = Sandbox::start().await?;
    /// let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    ///
    /// let request = sandbox::sample_request(TestCard::Approved)?;
    /// match client.purchase(&request).await {
    ///     Ok(PaymentOutcome::Completed(payment)) => {
    ///         println!("approved: transaction {}", payment.transaction_id());
    ///     }
    ///     Ok(PaymentOutcome::ThreeDsRedirect(redirect)) => {
    ///         println!("send the shopper to {}", redirect.redirect_url);
    ///     }
    ///     Err(Error::Declined(declined)) => println!("declined: {:?}", declined.reason()),
    ///     Err(e) if e.is_outcome_unknown() => println!("settle with status(): {e}"),
    ///     Err(e) => return Err(e.into()),
    /// }
    /// # sandbox.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn purchase(&self, request: &PaymentRequest) -> Result<PaymentOutcome, Error> {
        let card = request.card();
        let secrets = [card.number().expose_secret(), card.cvc().expose_secret()];
        self.pay(Operation::Purchase, request, request.merchant_txn_ref(), &secrets).await
    }

    /// Pays and stores the card, or pays with a stored card: `POST {base}/api/v1/server-to-server-interface/payment`
    /// (the v1 path), as the request's [`PaymentSource`] says.
    ///
    /// The answer is read like [`purchase`](Client::purchase)'s, with the same guarantees (sent at most
    /// once; a decline is [`Error::Declined`]). When the card was stored, the completed answer's
    /// [`stored_card_token`](PaymentResponse::stored_card_token) is its token: keep it (it charges the
    /// card, so store it as you would card data) and pay with it later. The gateway does not document
    /// its answer to an unknown token; the offline sandbox declines it (response code 14).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use payment_client::sandbox::{self, Sandbox, TestCard};
    /// use payment_client::Client;
    /// use payment_core::model::PaymentOutcome;
    ///
    /// let sandbox = Sandbox::start().await?;
    /// let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    ///
    /// // Pay and store the card: the answer carries the token.
    /// let first = sandbox::sample_stored_card_request(sandbox::sample_card(TestCard::Approved)?)?;
    /// let PaymentOutcome::Completed(paid) = client.stored_card_payment(&first).await? else {
    ///     return Err("this card does not use 3-D Secure".into());
    /// };
    /// let token = paid.stored_card_token().ok_or("the card was stored")?.clone();
    ///
    /// // Later: pay with the token, sending no card data.
    /// let again = sandbox::sample_stored_card_request(token)?;
    /// let PaymentOutcome::Completed(second) = client.stored_card_payment(&again).await? else {
    ///     return Err("a stored card is charged directly".into());
    /// };
    /// assert!(second.response_code().is_approved());
    /// # sandbox.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn stored_card_payment(&self, request: &StoredCardRequest) -> Result<PaymentOutcome, Error> {
        let token;
        let secrets: Vec<&str> = match request.payment_source() {
            PaymentSource::StoreCard(card) => vec![card.number().expose_secret(), card.cvc().expose_secret()],
            PaymentSource::StoredCard(stored) => {
                token = stored.expose_secret();
                vec![token.as_str()]
            }
        };
        self.pay(Operation::StoredCardPayment, request, request.merchant_txn_ref(), &secrets).await
    }

    /// Purchase and stored-card payment: post, then read a completed payment or a 3-D Secure redirect.
    async fn pay<R: Serialize>(
        &self,
        op: Operation,
        request: &R,
        merchant_txn_ref: &str,
        secrets: &[&str],
    ) -> Result<PaymentOutcome, Error> {
        let meta = Meta { merchant_txn_ref: Some(merchant_txn_ref), transaction_id: None, secrets };
        let result = async {
            let raw = self.post(op, request, meta).await?;
            if !raw.status.is_success() {
                return Err(self.inner.http_error(op, &raw, meta));
            }
            let text = body_text(op, &raw)?;
            let outcome = PaymentOutcome::from_json(text).map_err(|e| malformed(op, &raw, &e))?;
            match outcome {
                PaymentOutcome::Completed(response) => {
                    check_approved(op, &raw, *response, &meta.all_secrets(self.inner.key.expose_secret()))
                        .map(|r| PaymentOutcome::Completed(Box::new(r)))
                }
                redirect @ PaymentOutcome::ThreeDsRedirect(_) => Ok(redirect),
            }
        }
        .await;
        crate::trace::result(op, &result);
        result
    }

    /// Captures (part of) an authorised payment: `POST .../capture`.
    ///
    /// A refusal in the gateway's common shape (`success: false` or a non-zero `response_code`) is
    /// [`Error::Declined`]; a refused request (more than is left to capture, say) is [`Error::Http`] with
    /// a 4xx status, an unknown transaction [`Error::Http`] with status 404.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use payment_client::sandbox::{self, Sandbox, TestCard};
    /// use payment_client::Client;
    /// use payment_core::model::{CaptureRequest, PaymentOutcome};
    /// use payment_core::{amount, merchant_id};
    ///
    /// let sandbox = Sandbox::start().await?;
    /// let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    /// let PaymentOutcome::Completed(payment) = client.purchase(&sandbox::sample_request(TestCard::Approved)?).await? else {
    ///     return Err("this card does not use 3-D Secure".into());
    /// };
    ///
    /// let capture = CaptureRequest::builder()
    ///     .transaction_id(payment.transaction_id())
    ///     .amount(amount!(600))
    ///     .merchant_id(merchant_id!("< Merchant ID >"))
    ///     .notes("first shipment")?
    ///     .build();
    /// let captured = client.capture(&capture).await?;
    /// assert_eq!(captured.gateway_response.code, "INFO0001");
    /// # sandbox.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn capture(&self, request: &CaptureRequest) -> Result<PaymentResponse, Error> {
        self.on_transaction(Operation::Capture, *request.transaction_id(), request).await
    }

    /// Refunds (part of) a payment: `POST .../refund`. Partial refunds are allowed, up to what was paid.
    ///
    /// **Which id:** name the payment, i.e. the id of the purchase's answer
    /// ([`PaymentResponse::transaction_id`] of [`Client::purchase`]); the gateway's page says only that
    /// refund "names the earlier transaction". Every operation answers with a *new* id (the capture's
    /// answer has its own); the offline sandbox accepts the purchase's id or the capture's, since both
    /// belong to one payment, and checks the amount against what is left to refund.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use payment_client::sandbox::{self, Sandbox, TestCard};
    /// use payment_client::Client;
    /// use payment_core::model::{PaymentOutcome, RefundRequest};
    /// use payment_core::{amount, merchant_id};
    ///
    /// let sandbox = Sandbox::start().await?;
    /// let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    /// let PaymentOutcome::Completed(payment) = client.purchase(&sandbox::sample_request(TestCard::Approved)?).await? else {
    ///     return Err("expected a completed payment".into());
    /// };
    ///
    /// let refund = RefundRequest::builder()
    ///     .transaction_id(payment.transaction_id())
    ///     .amount(amount!(250))
    ///     .merchant_id(merchant_id!("< Merchant ID >"))
    ///     .build();
    /// let refunded = client.refund(&refund).await?;
    /// assert_eq!(refunded.gateway_response.code, "INFO0002");
    /// # sandbox.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn refund(&self, request: &RefundRequest) -> Result<PaymentResponse, Error> {
        self.on_transaction(Operation::Refund, *request.transaction_id(), request).await
    }

    /// Cancels an authorisation that has not been captured: `POST .../void`.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use payment_client::sandbox::{self, Sandbox, TestCard};
    /// use payment_client::Client;
    /// use payment_core::merchant_id;
    /// use payment_core::model::{PaymentOutcome, VoidRequest};
    ///
    /// let sandbox = Sandbox::start().await?;
    /// let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    /// let PaymentOutcome::Completed(payment) = client.purchase(&sandbox::sample_request(TestCard::Approved)?).await? else {
    ///     return Err("expected a completed payment".into());
    /// };
    ///
    /// let void = VoidRequest::builder().transaction_id(payment.transaction_id()).merchant_id(merchant_id!("< Merchant ID >")).build();
    /// let voided = client.void(&void).await?;
    /// assert_eq!(voided.gateway_response.code, "INFO0003");
    /// # sandbox.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn void(&self, request: &VoidRequest) -> Result<PaymentResponse, Error> {
        self.on_transaction(Operation::Void, *request.transaction_id(), request).await
    }

    /// Reads a transaction: `GET .../transaction/status/{transaction_id}`.
    ///
    /// **What it reports:** the transaction the id names, as it was answered, not the payment's running
    /// balance: the purchase's id keeps reporting the authorisation (`PRE_AUTH`) after a capture or a
    /// refund, each of which has its own id (from its own answer) whose status reports `CAPTURE` or
    /// `REFUND`. Keep every id you are given. (This is how the offline sandbox answers; the gateway's
    /// page shows one status answer and does not say more.)
    ///
    /// The answer is returned as it is, whatever its `response_code` (a declined payment's status is a
    /// successful status call). Status changes nothing, so every error of it is safe to retry
    /// ([`Error::is_retryable`]).
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use payment_client::sandbox::{self, Sandbox, TestCard};
    /// use payment_client::Client;
    /// use payment_core::model::PaymentOutcome;
    ///
    /// let sandbox = Sandbox::start().await?;
    /// let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    /// let PaymentOutcome::Completed(payment) = client.purchase(&sandbox::sample_request(TestCard::Approved)?).await? else {
    ///     return Err("expected a completed payment".into());
    /// };
    ///
    /// let status = client.status(&payment.transaction_id()).await?;
    /// assert!(status.response_code().is_approved());
    /// # sandbox.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn status(&self, transaction_id: &TransactionId) -> Result<PaymentResponse, Error> {
        let op = Operation::Status;
        let meta = Meta { merchant_txn_ref: None, transaction_id: Some(*transaction_id), secrets: &[] };
        let result = async {
            let raw = self.inner.send(op, Some(transaction_id), None, meta).await?;
            if !raw.status.is_success() {
                return Err(self.inner.http_error(op, &raw, meta));
            }
            parse_response(op, &raw)
        }
        .await;
        crate::trace::result(op, &result);
        result
    }

    /// Verifies a webhook notification: reads the raw `body` leniently, then asks the gateway for the
    /// status of the transaction it names, and returns that status only if the gateway knows the
    /// transaction and agrees with every claim of the notification (amount, currency,
    /// `merchant_txn_ref`, response code, success). See [`webhook`](crate::webhook) for what a
    /// notification must contain and what a handler does next.
    ///
    /// # Errors
    ///
    /// [`Error::Webhook`] when the body is unreadable ([`WebhookError::Unreadable`]), names an unknown
    /// transaction ([`WebhookError::UnknownTransaction`]) or is contradicted by the status
    /// ([`WebhookError::Disagrees`]); the status call's own errors otherwise (all safe to retry). Nothing
    /// is kept between calls: a repeated notification is verified against the current status.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use payment_client::sandbox::{self, Sandbox, TestCard};
    /// use payment_client::{Client, Error};
    /// use payment_core::model::PaymentOutcome;
    ///
    /// let sandbox = Sandbox::start().await?;
    /// let client = Client::builder().api_key(sandbox.api_key()).base_url(sandbox.base_url()).build()?;
    /// let PaymentOutcome::Completed(payment) = client.purchase(&sandbox::sample_request(TestCard::Approved)?).await? else {
    ///     return Err("expected a completed payment".into());
    /// };
    ///
    /// // A notification naming the payment, as a web handler would receive it.
    /// let body = format!(r#"{{"transaction_details": {{"id": "{}"}}, "success": true}}"#, payment.transaction_id());
    /// let verified = client.verify_webhook(body.as_bytes()).await?;
    /// assert_eq!(verified.status.payment_details.amount, payment.payment_details.amount);
    ///
    /// // A forged one claiming another amount is refused.
    /// let forged = format!(r#"{{"transactionId": "{}", "payment_details": {{"amount": 1}}}}"#, payment.transaction_id());
    /// assert!(matches!(client.verify_webhook(forged.as_bytes()).await, Err(Error::Webhook(_))));
    /// # sandbox.shutdown().await;
    /// # Ok(())
    /// # }
    /// ```
    pub async fn verify_webhook(&self, body: &[u8]) -> Result<VerifiedWebhook, Error> {
        let notification = Notification::parse(body)?;
        let transaction_id = notification.transaction_id();
        let status = match self.status(&transaction_id).await {
            Ok(status) => status,
            Err(Error::Http { status: 404, .. }) => {
                return Err(WebhookError::UnknownTransaction { transaction_id }.into());
            }
            Err(e) => return Err(e),
        };
        Ok(crate::webhook::settle(notification, status)?)
    }

    /// Capture, refund and void: the same flow, naming an earlier transaction.
    async fn on_transaction<R: Serialize>(
        &self,
        op: Operation,
        transaction_id: TransactionId,
        request: &R,
    ) -> Result<PaymentResponse, Error> {
        let meta = Meta { merchant_txn_ref: None, transaction_id: Some(transaction_id), secrets: &[] };
        let result = async {
            let raw = self.post(op, request, meta).await?;
            if !raw.status.is_success() {
                return Err(self.inner.http_error(op, &raw, meta));
            }
            let response = parse_response(op, &raw)?;
            check_approved(op, &raw, response, &meta.all_secrets(self.inner.key.expose_secret()))
        }
        .await;
        crate::trace::result(op, &result);
        result
    }

    async fn post<R: Serialize + ?Sized>(
        &self,
        op: Operation,
        request: &R,
        meta: Meta<'_>,
    ) -> Result<RawResponse, Error> {
        let body =
            serde_json::to_vec(request).map_err(|source| Error::Serialize { operation: op, source })?;
        self.inner.send(op, None, Some(body), meta).await
    }
}

fn body_text(op: Operation, raw: &RawResponse) -> Result<&str, Error> {
    std::str::from_utf8(&raw.body).map_err(|_| Error::InvalidResponse {
        operation: op,
        status: Some(raw.status.as_u16()),
        kind: InvalidResponseKind::Malformed("the body is not UTF-8".to_owned()),
    })
}

fn malformed(op: Operation, raw: &RawResponse, e: &serde_json::Error) -> Error {
    let detail = if e.is_eof() && raw.body.is_empty() {
        "the body is empty".to_owned()
    } else {
        redact_parse_error(&e.to_string())
    };
    Error::InvalidResponse {
        operation: op,
        status: Some(raw.status.as_u16()),
        kind: InvalidResponseKind::Malformed(detail),
    }
}

fn parse_response(op: Operation, raw: &RawResponse) -> Result<PaymentResponse, Error> {
    serde_json::from_slice(&raw.body).map_err(|e| malformed(op, raw, &e))
}

/// `success: false` or a non-zero `response_code` is a decline.
fn check_approved(
    op: Operation,
    raw: &RawResponse,
    mut response: PaymentResponse,
    secrets: &[&str],
) -> Result<PaymentResponse, Error> {
    if response.success && response.response_code().is_approved() {
        Ok(response)
    } else {
        // A decline is printed (its message, in logs): scrub the gateway's free text of card data and
        // the key first, however it echoes them.
        let gateway = &mut response.gateway_response;
        gateway.code = redact(&gateway.code, secrets, usize::MAX);
        gateway.message = redact(&gateway.message, secrets, usize::MAX);
        if let Some(description) = response.payment_details.response_description.as_mut() {
            *description = redact(description, secrets, usize::MAX);
        }
        Err(Error::Declined(Box::new(Declined {
            operation: op,
            http_status: Some(raw.status.as_u16()),
            response,
        })))
    }
}
