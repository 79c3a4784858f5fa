package org.anju.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** R6.4d aging buckets at their edges. */
class AgingBucketTest {

    @Test
    void bucketsHaveTheIssuesEdges() {
        assertThat(AgingBucket.of(0)).isEqualTo(AgingBucket.CURRENT);
        assertThat(AgingBucket.of(1)).isEqualTo(AgingBucket.D1_30);
        assertThat(AgingBucket.of(30)).isEqualTo(AgingBucket.D1_30);
        assertThat(AgingBucket.of(31)).isEqualTo(AgingBucket.D31_90);
        assertThat(AgingBucket.of(90)).isEqualTo(AgingBucket.D31_90);
        assertThat(AgingBucket.of(91)).isEqualTo(AgingBucket.D91_180);
        assertThat(AgingBucket.of(180)).isEqualTo(AgingBucket.D91_180);
        assertThat(AgingBucket.of(181)).isEqualTo(AgingBucket.OVER_180);
    }
}
