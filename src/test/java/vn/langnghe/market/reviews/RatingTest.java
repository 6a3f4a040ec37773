package vn.langnghe.market.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingTest {

  @Test
  void theAverageHasOneDecimalAndNoReviewIsNoRating() {
    assertThat(Rating.of(3, 13)).isEqualTo(new Rating(4.3, 3));
    assertThat(Rating.of(0, 0)).isEqualTo(Rating.NONE);
  }

  @Test
  void oneFiveStarReviewDoesNotOutrankFortyAveragingFourPointEight() {
    Ratings ratings = new Ratings();
    ratings.priorWeight = 5;
    ratings.priorStars = 3.5;
    assertThat(ratings.score(1, 5)).isLessThan(ratings.score(40, 192));
    assertThat(ratings.score(0, 0)).isNull();
  }

  @Test
  void aShortNameKeepsTheGivenNameAndTheFamilyInitial() {
    assertThat(Reviews.shortName("Nguyễn Thị Hoa")).isEqualTo("Hoa N.");
    assertThat(Reviews.shortName("Hoa")).isEqualTo("Hoa");
    assertThat(Reviews.shortName(null)).isEqualTo("Người mua");
  }
}
