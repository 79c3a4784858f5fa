package org.anju.leasing.application;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.leasing.api.ESignatureProvider;
import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.AckSection;
import org.anju.leasing.domain.Acknowledgement;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.LeaseSignature;
import org.anju.leasing.domain.SigningCode;
import org.anju.leasing.infrastructure.Hashes;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.notify.api.Notices;
import org.anju.notify.api.Sms;
import org.anju.privacy.api.Masks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing a lease on a phone (R6.2a1, R6.3a): the main applicant opens and acknowledges the liability clauses and the
 * return conditions (time, IP, device kept), receives a one-time code by SMS, draws a signature and enters the code.
 * The contract is rendered with the signature, sealed by the e-signature provider, its SHA-256 and the evidence kept;
 * the PDF and the drawing are stored sealed. A lease is signed once.
 */
@ApplicationScoped
@Transactional
public class SigningService {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(5);
    static final Duration RESEND_AFTER = Duration.ofSeconds(60);
    static final int MAX_ATTEMPTS = 5;
    private static final int MAX_SIGNATURE_BYTES = 512 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A contract PDF and, once signed, its SHA-256. */
    public record Pdf(byte[] bytes, String sha256, String fileName) {
    }

    @Inject
    LeasingStore store;

    @Inject
    ResidentContext resident;

    @Inject
    LeaseService leases;

    @Inject
    LeaseLifecycle lifecycle;

    @Inject
    LeaseAssembler assembler;

    @Inject
    ContractService contracts;

    @Inject
    OccupancyService occupancy;

    @Inject
    MemberData data;

    @Inject
    Sms sms;

    @Inject
    Notices notices;

    @Inject
    Transactions transactions;

    @Inject
    Instance<ESignatureProvider> providers;

    @Inject
    @ConfigProperty(name = "ANJU_ESIGN_PROVIDER", defaultValue = "local")
    String providerName;

    // ---- the resident's side

    public Map<String, Object> myLease(long leaseId) {
        Lease l = resident.lease(leaseId, false);
        Views.LeaseView view = assembler.view(l);
        Set<AckSection> acked = acknowledged(l, resident.member().userId());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lease", view);
        out.put("contract", contracts.text(l));
        out.put("acknowledged", acked);
        out.put("canSign", l.status() == LeaseStatus.APPROVED && resident.member().applicant()
                && store.signature(l.id()).isEmpty());
        return out;
    }

    public List<Views.LeaseSummary> myLeases() {
        return assembler.summaries(store.leasesOfHousehold(resident.household().id()).stream()
                .filter(l -> l.status() != LeaseStatus.DRAFT && l.status() != LeaseStatus.PENDING_APPROVAL
                        && l.status() != LeaseStatus.CANCELLED && l.status() != LeaseStatus.REJECTED)
                .toList());
    }

    public Views.AckView acknowledge(long leaseId, AckSection section, String ip, String userAgent) {
        Lease l = resident.lease(leaseId, true);
        HouseholdMember me = signer(l);
        if (l.status() != LeaseStatus.APPROVED) {
            throw LeaseLifecycle.refused(l.status(), LeaseStatus.SIGNED);
        }
        for (Acknowledgement a : store.acknowledgements(l.id())) {
            if (a.section() == section && a.userId() == me.userId()) {
                return new Views.AckView(a.section(), a.at(), a.ip(), a.userAgent());
            }
        }
        Acknowledgement a = store.add(new Acknowledgement(l.id(), section, me.userId(), Instant.now(), cut(ip, 64),
                cut(userAgent, 500)));
        return new Views.AckView(a.section(), a.at(), a.ip(), a.userAgent());
    }

    public Views.CodeSent sendCode(long leaseId) {
        Lease l = resident.lease(leaseId, true);
        HouseholdMember me = signer(l);
        if (store.signature(l.id()).isPresent()) {
            throw ProblemException.conflict("lease-already-signed", l.number());
        }
        if (l.status() != LeaseStatus.APPROVED) {
            throw LeaseLifecycle.refused(l.status(), LeaseStatus.SIGNED);
        }
        Instant now = Instant.now();
        List<SigningCode> codes = store.signingCodes(l.id());
        if (!codes.isEmpty() && codes.get(0).createdAt().plus(RESEND_AFTER).isAfter(now)) {
            long wait = Duration.between(now, codes.get(0).createdAt().plus(RESEND_AFTER)).toSeconds() + 1;
            throw new ProblemException(429, "signing-code-too-soon", wait).with("retryAfter", wait);
        }
        codes.forEach(c -> c.retire(now));
        String phone = data.phone(me);
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        SigningCode c = store.add(new SigningCode(l.id(), hash(l.id(), code), Masks.phone(phone),
                now.plus(CODE_VALIDITY), now));
        sms.send(phone, "lease-signing", "【" + contracts.lessor() + "】您正在签署租赁合同 " + l.number() + "，验证码 "
                + code + "，" + CODE_VALIDITY.toMinutes() + " 分钟内有效。请勿告知他人。");
        return new Views.CodeSent(c.sentTo(), c.expiresAt(), now.plus(RESEND_AFTER));
    }

    public Views.LeaseView sign(long leaseId, String code, String signature, String ip, String userAgent) {
        Lease l = resident.lease(leaseId, true);
        HouseholdMember me = signer(l);
        if (store.signature(l.id()).isPresent()) {
            throw ProblemException.conflict("lease-already-signed", l.number());
        }
        if (l.status() != LeaseStatus.APPROVED) {
            throw LeaseLifecycle.refused(l.status(), LeaseStatus.SIGNED);
        }
        Set<AckSection> missing = EnumSet.allOf(AckSection.class);
        missing.removeAll(acknowledged(l, me.userId()));
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("acknowledgement-missing").with("missing", missing);
        }
        byte[] png = signatureImage(signature);
        SigningCode used = checkCode(l, code == null ? "" : code.trim());
        Instant now = Instant.now();
        byte[] rendered = contracts.pdf(l, new ContractService.SignedBy(me.name(), data.maskedId(me), now, png,
                used.sentTo(), cut(ip, 64)));
        ESignatureProvider provider = provider();
        ESignatureProvider.Sealed sealed = provider.seal(new ESignatureProvider.SigningRequest(l.number(), rendered,
                me.name(), data.maskedId(me), now, ip, userAgent));
        String sha = Hashes.sha256Hex(sealed.pdf());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("provider", LeaseAssembler.JSON.fromJson(sealed.evidenceJson(), LinkedHashMap.class));
        evidence.put("codeSentTo", used.sentTo());
        evidence.put("codeSentAt", used.createdAt().toString());
        List<Map<String, Object>> acks = new ArrayList<>();
        for (Acknowledgement a : store.acknowledgements(l.id())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", a.section().name());
            m.put("at", a.at().toString());
            m.put("ip", a.ip());
            m.put("userAgent", a.userAgent());
            acks.add(m);
        }
        evidence.put("acknowledgements", acks);
        evidence.put("pdfSha256", sha);
        store.add(new LeaseSignature(l.id(), me.id(), me.userId(), now, cut(ip, 64), cut(userAgent, 500),
                data.seal(MemberData.SIGNATURE, Base64.getEncoder().encodeToString(png)),
                data.seal(MemberData.PDF, Base64.getEncoder().encodeToString(sealed.pdf())), sha, provider.name(),
                LeaseAssembler.JSON.toJson(evidence)));
        lifecycle.move(l, LeaseStatus.SIGNED, "承租人在线签约");
        if (l.kind() != LeaseKind.NEW) {
            occupancy.activateSuccessor(l);
        } else {
            notices.sendToRole("leasing_officer", "lease", "合同已签署，待办理入住：" + l.number(),
                    l.unitLabel() + " 的租赁合同已由承租人在线签署，请办理入住登记。", "/leases/" + l.id(),
                    "lease-signed:" + l.id());
        }
        return assembler.view(l);
    }

    // ---- staff and resident: the PDF and the evidence

    public Pdf contractPdf(long leaseId, boolean mine) {
        Lease l = mine ? resident.lease(leaseId, false) : leases.find(leaseId);
        String name = "contract-" + l.number() + ".pdf";
        return store.signature(l.id())
                .map(s -> new Pdf(Base64.getDecoder().decode(data.open(MemberData.PDF, s.pdfSealed())), s.pdfSha256(), name))
                .orElseGet(() -> new Pdf(contracts.pdf(l, null), null, "preview-" + name));
    }

    @SuppressWarnings("unchecked")
    public Views.EvidenceView evidence(long leaseId) {
        Lease l = leases.find(leaseId);
        LeaseSignature s = store.signature(l.id()).orElseThrow(() -> ProblemException.notFound("signature-not-found", l.number()));
        Household h = store.household(l.householdId()).orElseThrow();
        Map<String, Object> ev = LeaseAssembler.JSON.fromJson(s.evidence(), LinkedHashMap.class);
        return new Views.EvidenceView(s.signedAt(), h.member(s.signerMemberId()).map(HouseholdMember::name).orElse(null),
                s.signerUserId(), s.ip(), s.userAgent(), s.pdfSha256(), s.provider(), (String) ev.get("codeSentTo"),
                store.acknowledgements(l.id()).stream().map(a -> new Views.AckView(a.section(), a.at(), a.ip(),
                        a.userAgent())).toList(), ev);
    }

    // ---- rules

    /** Only the main applicant signs, from their own account. */
    private HouseholdMember signer(Lease l) {
        HouseholdMember me = resident.member();
        if (!me.applicant()) {
            throw new ProblemException(403, "signer-not-applicant");
        }
        return me;
    }

    private Set<AckSection> acknowledged(Lease l, Long userId) {
        Set<AckSection> out = EnumSet.noneOf(AckSection.class);
        store.acknowledgements(l.id()).stream().filter(a -> userId != null && a.userId() == userId)
                .forEach(a -> out.add(a.section()));
        return out;
    }

    /**
     * Checks the code in a transaction of its own, so that a wrong attempt is counted even though the request fails.
     */
    private SigningCode checkCode(Lease l, String code) {
        long leaseId = l.id();
        String hash = hash(leaseId, code);
        Object[] outcome = transactions.inNew(() -> {
            List<SigningCode> codes = store.signingCodes(leaseId);
            if (codes.isEmpty()) {
                return new Object[] {null, null};
            }
            EntityManager em = store.em();
            SigningCode latest = codes.get(0);
            em.refresh(latest, LockModeType.PESSIMISTIC_WRITE); // two tries at once count as two
            SigningCode.Check check = latest.check(hash, MAX_ATTEMPTS, Instant.now());
            return new Object[] {check, MAX_ATTEMPTS - latest.attempts()};
        });
        if (outcome[0] == null) {
            throw ProblemException.invalid("code", "leasing.validation.code.none");
        }
        switch ((SigningCode.Check) outcome[0]) {
            case OK:
                break;
            case WRONG:
                throw ProblemException.invalid("code", "leasing.validation.code.wrong", outcome[1])
                        .with("attemptsLeft", outcome[1]);
            case EXPIRED:
                throw ProblemException.invalid("code", "leasing.validation.code.expired");
            default:
                throw ProblemException.invalid("code", "leasing.validation.code.exhausted");
        }
        return store.signingCodes(leaseId).get(0);
    }

    static String hash(long leaseId, String code) {
        return Hashes.sha256Hex(leaseId + ":" + code);
    }

    /** A PNG data URL of a real drawing (not blank), at most 512 KiB. */
    static byte[] signatureImage(String dataUrl) {
        String prefix = "data:image/png;base64,";
        if (dataUrl == null || !dataUrl.startsWith(prefix)) {
            throw ProblemException.invalid("signature", "leasing.validation.signature");
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(dataUrl.substring(prefix.length()).trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("signature", "leasing.validation.signature");
        }
        if (png.length > MAX_SIGNATURE_BYTES) {
            throw ProblemException.invalid("signature", "leasing.validation.signature.size");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null || image.getWidth() < 50 || image.getHeight() < 20) {
            throw ProblemException.invalid("signature", "leasing.validation.signature");
        }
        if (inked(image) < 30) {
            throw ProblemException.invalid("signature", "leasing.validation.signature.blank");
        }
        return png;
    }

    /** How many pixels carry ink (opaque and not near-white): a blank canvas has none. */
    static int inked(BufferedImage image) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = image.getRGB(x, y);
                int a = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                if (a > 64 && (r + g + b) < 600) {
                    n++;
                }
            }
        }
        return n;
    }

    private ESignatureProvider provider() {
        return providers.stream().filter(p -> p.name().equals(providerName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No e-signature provider named " + providerName));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
