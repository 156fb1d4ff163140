pragma solidity ^0.5.0;

contract Roulette {
    uint256 public pastBlockTime;

    function () external payable {}

    function spin() public payable {
        require(msg.value == 1 ether);
        require(now != pastBlockTime);
        pastBlockTime = now;
        if (now % 15 == 0) { // @vuln category=bad_randomness
            msg.sender.transfer(address(this).balance);
        }
    }
}
