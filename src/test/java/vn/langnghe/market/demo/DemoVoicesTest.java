package vn.langnghe.market.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoVoicesTest {

  @Test
  void buyersGiveMostlyFourOrFiveStarsSomeThreeAndAFewLower() {
    Random random = new Random(1);
    int[] given = new int[6];
    for (int i = 0; i < 10_000; i++) {
      given[DemoVoices.stars(random)]++;
    }
    assertThat(given[4] + given[5]).isBetween(8_000, 8_800);
    assertThat(given[3]).isBetween(700, 1_300);
    assertThat(given[1] + given[2]).isBetween(300, 900);
  }

  @Test
  void hundredsOfReviewsNeverRepeatAText() {
    Random random = new Random(2);
    Set<String> used = new HashSet<>();
    List<String> texts = new java.util.ArrayList<>();
    for (int i = 0; i < 400; i++) {
      for (Craft craft : List.of(Craft.SILVER, Craft.DUI, Craft.SEDGE_MAT)) {
        String text = DemoVoices.review(craft, DemoVoices.stars(random), random, used);
        if (text != null) {
          texts.add(text);
        }
      }
    }
    assertThat(texts).hasSizeGreaterThan(800).doesNotHaveDuplicates();
  }

  @Test
  void everyApprovedDemoShopHasASoberStory() {
    for (DemoData.DemoShop shop : DemoData.generate().shops()) {
      if (shop.approved()) {
        assertThat(DemoVoices.STORIES.get(shop.code())).as(shop.code()).isNotBlank()
            .doesNotContainIgnoringCase("giải thưởng").doesNotContainIgnoringCase("nhất");
      }
    }
  }
}
